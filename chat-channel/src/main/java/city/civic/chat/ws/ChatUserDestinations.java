package city.civic.chat.ws;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.user.DefaultUserDestinationResolver;
import org.springframework.messaging.simp.user.UserDestinationResult;

/**
 * Spring's user destinations, plus one for a conversation: {@code /user/conversation:ID/queue/replies} reaches
 * each session that serves the conversation ({@link ConversationSessions}). With the relay, the instance that
 * sends it resolves nothing itself: Spring's user destination broadcast hands the message to every instance,
 * itself included, and each resolves it against its own sessions. This is how a reply produced on one instance
 * reaches a widget connected to another.
 * <p>
 * With RabbitMQ, a session's queue ({@code /queue/replies-userSESSION}) becomes a binding on {@code amq.direct}:
 * RabbitMQ gives it an exclusive queue deleted with the session, where {@code /queue/} would leave a durable queue
 * behind for every session ever opened. Clients still see {@code /user/queue/replies}.
 */
final class ChatUserDestinations extends DefaultUserDestinationResolver {

    static final String CONVERSATION = "conversation:";
    static final String RELAY_SESSION_QUEUES = "/exchange/amq.direct/";
    private static final String QUEUES = "/queue/";

    private final Supplier<ConversationSessions> sessions;
    private final boolean relay;

    ChatUserDestinations(DefaultUserDestinationResolver spring, Supplier<ConversationSessions> sessions,
            boolean relay) {
        super(spring.getSimpUserRegistry());
        setUserDestinationPrefix(spring.getDestinationPrefix());
        setRemoveLeadingSlash(spring.isRemoveLeadingSlash());
        this.sessions = sessions;
        this.relay = relay;
    }

    /** The user name that addresses every session serving a conversation. */
    static String conversation(String conversationId) {
        return CONVERSATION + conversationId;
    }

    @Override
    public @Nullable UserDestinationResult resolveDestination(Message<?> message) {
        String destination = SimpMessageHeaderAccessor.getDestination(message.getHeaders());
        String conversations = getDestinationPrefix() + CONVERSATION;
        if (destination == null || !destination.startsWith(conversations)
                || SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.MESSAGE) {
            return super.resolveDestination(message);
        }
        int end = destination.indexOf('/', conversations.length());
        if (end < 0) {
            return null;
        }
        String conversationId = destination.substring(conversations.length(), end);
        String actual = destination.substring(end);
        String subscribed = getDestinationPrefix().substring(0, getDestinationPrefix().length() - 1) + actual;
        Set<String> targets = new LinkedHashSet<>();
        if (!relay || fromBroadcast(message)) {
            for (String session : sessions.get().of(conversationId)) {
                targets.add(getTargetDestination(destination, actual, session, null));
            }
        } // else none here yet: the broadcast reaches every instance, this one too, and each serves its sessions
        return new UserDestinationResult(destination, targets, subscribed, null);
    }

    /** Received from the broadcast: Spring restores the original destination and marks the message so. */
    private static boolean fromBroadcast(Message<?> message) {
        return Boolean.TRUE.equals(message.getHeaders().get(SimpMessageHeaderAccessor.IGNORE_ERROR));
    }

    @Override
    protected String getTargetDestination(String sourceDestination, String actualDestination, String sessionId,
            @Nullable String user) {
        String target = super.getTargetDestination(sourceDestination, actualDestination, sessionId, user);
        if (relay && target != null && target.startsWith(QUEUES)) {
            return RELAY_SESSION_QUEUES + target.substring(QUEUES.length());
        }
        return target;
    }
}
