package city.civic.chat.ws;

import city.civic.chat.StompRelayProperties;
import city.civic.chat.TurnAnswered;
import city.civic.chat.ws.ChatMessageController.ChatReplies;
import city.civic.dialog.HandoffMessageAdded;
import city.civic.dialog.LogReference;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes what a counsellor writes (and the bot's notices of a counsellor joining or leaving) to the citizen's
 * widget at once, on {@code /user/queue/replies} of each STOMP session serving the conversation, on any instance
 * ({@link ChatUserDestinations}). The frame has the shape of a reply to a sent message, without a
 * {@code clientMessageId}. Replies to a message sent over REST are pushed the same way, with its
 * {@code clientMessageId} (the widget ignores an id it is not waiting for). A citizen without a live session reads
 * the same messages in the transcript ({@code GET /api/v1/conversations/{id}}).
 */
@Component
class CounsellorMessages {

    private static final Logger log = LoggerFactory.getLogger(CounsellorMessages.class);

    private final SimpMessagingTemplate messaging;
    private final ConversationSessions sessions;
    private final boolean relay;

    CounsellorMessages(SimpMessagingTemplate messaging, ConversationSessions sessions, StompRelayProperties relay) {
        this.messaging = messaging;
        this.sessions = sessions;
        this.relay = relay.enabled();
    }

    @EventListener
    void added(HandoffMessageAdded event) {
        Transcript.Entry entry = event.entry();
        if ("citizen".equals(entry.role()) || entry.reply() == null) {
            return; // the citizen's own message was answered to the session that sent it
        }
        push(event.conversationId(), null, List.of(entry.reply()));
    }

    @EventListener
    void answered(TurnAnswered event) {
        if (!event.replies().isEmpty()) {
            push(event.conversationId(), event.clientMessageId(), event.replies());
        }
    }

    /** Never fails the caller: without a broker (RabbitMQ down) the transcript still has the messages. */
    private void push(String conversationId, String clientMessageId, List<Reply> replies) {
        if (!relay && sessions.of(conversationId).isEmpty()) {
            return; // nobody to tell; with the relay, sessions on other instances may serve it
        }
        try {
            messaging.convertAndSendToUser(ChatUserDestinations.conversation(conversationId), "/queue/replies",
                    new ChatReplies(conversationId, clientMessageId, replies));
        } catch (MessagingException e) {
            log.warn("chat.push-failed ref={} reason={}", LogReference.of(conversationId), e.toString());
        }
    }
}
