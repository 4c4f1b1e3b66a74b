package city.civic.chat.ws;

import city.civic.chat.ws.ChatMessageController.ChatReplies;
import city.civic.dialog.HandoffMessageAdded;
import city.civic.dialog.LogReference;
import city.civic.dialog.Transcript;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes what a counsellor writes (and the bot's notices of a counsellor joining or leaving) to the citizen's
 * widget at once, on {@code /user/queue/replies} of each STOMP session serving the conversation. The frame has the
 * shape of a reply to a sent message, without a {@code clientMessageId}. A citizen without a live session reads
 * the same messages in the transcript ({@code GET /api/v1/conversations/{id}}).
 */
@Component
class CounsellorMessages {

    private static final Logger log = LoggerFactory.getLogger(CounsellorMessages.class);

    private final ConversationSessions sessions;
    private final SimpMessagingTemplate messaging;

    CounsellorMessages(ConversationSessions sessions, SimpMessagingTemplate messaging) {
        this.sessions = sessions;
        this.messaging = messaging;
    }

    @EventListener
    void added(HandoffMessageAdded event) {
        Transcript.Entry entry = event.entry();
        if ("citizen".equals(entry.role()) || entry.reply() == null) {
            return; // the citizen's own message was answered to the session that sent it
        }
        var payload = new ChatReplies(event.conversationId(), null, List.of(entry.reply()));
        for (String session : sessions.of(event.conversationId())) {
            try {
                messaging.convertAndSendToUser(session, "/queue/replies", payload,
                        headersFor(session).getMessageHeaders());
            } catch (MessagingException e) {
                log.warn("chat.push-failed ref={} reason={}", LogReference.of(event.conversationId()), e.toString());
            }
        }
    }

    /** Without a principal, user destinations are keyed by session id; the header lets Spring resolve it. */
    private static SimpMessageHeaderAccessor headersFor(String session) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(session);
        headers.setLeaveMutable(true);
        return headers;
    }
}
