package city.civic.chat.ws;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Which STOMP sessions serve a conversation, so a counsellor's message can be pushed to the citizen: a session is
 * added when it sends a message with the conversation's token, and forgotten when it ends. In memory: a session
 * lives on the instance it is connected to; other instances reach it through the broker relay's user destination
 * broadcast ({@link ChatUserDestinations}).
 */
@Component
class ConversationSessions {

    /** A widget serves one conversation at a time; a few more cover "End chat" and starting again. */
    private static final int CONVERSATIONS_PER_SESSION = 8;

    private final Map<String, Set<String>> sessionsByConversation = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> conversationsBySession = new ConcurrentHashMap<>();

    /** Call only after the sender proved it owns the conversation. */
    void serve(String conversationId, String sessionId) {
        if (conversationId == null || sessionId == null) {
            return;
        }
        Set<String> conversations = conversationsBySession.computeIfAbsent(sessionId,
                s -> ConcurrentHashMap.newKeySet());
        if (conversations.size() >= CONVERSATIONS_PER_SESSION && !conversations.contains(conversationId)) {
            return;
        }
        conversations.add(conversationId);
        sessionsByConversation.computeIfAbsent(conversationId, c -> ConcurrentHashMap.newKeySet()).add(sessionId);
    }

    Set<String> of(String conversationId) {
        Set<String> sessions = sessionsByConversation.get(conversationId);
        return sessions == null ? Set.of() : Set.copyOf(sessions);
    }

    @EventListener
    void ended(SessionDisconnectEvent event) {
        Set<String> conversations = conversationsBySession.remove(event.getSessionId());
        if (conversations == null) {
            return;
        }
        for (String conversationId : conversations) {
            sessionsByConversation.computeIfPresent(conversationId, (id, sessions) -> {
                sessions.remove(event.getSessionId());
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }
}
