package city.civic.chat.ws;

import city.civic.chat.ChatGuard;
import city.civic.chat.ChatRequestException;
import city.civic.chat.RepliedMessages;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.ConversationNotFoundException;
import city.civic.dialog.Conversations;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * Citizen messages over STOMP. A message re-sent after a reconnect carries the same
 * {@code clientMessageId} and gets the original replies back (see {@link RepliedMessages}).
 */
@Controller
class ChatMessageController {

    private static final Logger log = LoggerFactory.getLogger(ChatMessageController.class);

    private final Conversations conversations;
    private final ChatGuard guard;
    private final RepliedMessages replied;
    private final ConversationSessions sessions;

    ChatMessageController(Conversations conversations, ChatGuard guard, RepliedMessages replied,
            ConversationSessions sessions) {
        this.conversations = conversations;
        this.guard = guard;
        this.replied = replied;
        this.sessions = sessions;
    }

    record ChatSend(String conversationId, String token, String text, String clientMessageId) {
    }

    record ChatReplies(String conversationId, String clientMessageId, List<Reply> messages) {
    }

    record ChatError(String clientMessageId, String error, String message) {
    }

    @MessageMapping("chat.send")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    ChatReplies send(ChatSend message, SimpMessageHeaderAccessor headers) {
        if (message.conversationId() == null || !conversations.ownedBy(message.conversationId(), message.token())) {
            throw new ConversationNotFoundException(message.conversationId());
        }
        sessions.serve(message.conversationId(), headers.getSessionId()); // a counsellor's messages come here
        List<Reply> replies;
        try {
            guard.checkClientMessageId(message.clientMessageId());
            replies = replied.once(message.conversationId(), message.clientMessageId(), () -> {
                guard.checkMessage(message.conversationId(), clientAddress(headers), message.text());
                return conversations.handle(message.conversationId(), Utterance.text(message.text()),
                        message.clientMessageId());
            });
        } catch (ChatRequestException e) {
            throw new MessageFailed(printable(message.clientMessageId()), e);
        }
        return new ChatReplies(message.conversationId(), message.clientMessageId(), replies);
    }

    /** A refusal that remembers which client message it was about. */
    static final class MessageFailed extends RuntimeException {
        final String clientMessageId;

        MessageFailed(String clientMessageId, ChatRequestException cause) {
            super(cause);
            this.clientMessageId = clientMessageId;
        }
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    ChatError failed(Exception e) {
        if (e instanceof MessageFailed failed && failed.getCause() instanceof ChatRequestException refused) {
            return new ChatError(failed.clientMessageId, refused.code(), refused.getMessage());
        }
        if (e instanceof ConversationNotFoundException) {
            return new ChatError(null, "conversation.not_found",
                    "This conversation does not exist or has expired. Please start a new one.");
        }
        if (e instanceof ConversationBusyException) {
            return new ChatError(null, "conversation.busy",
                    "Your conversation was busy; nothing was lost. Please send your message again.");
        }
        if (e instanceof org.springframework.messaging.converter.MessageConversionException) {
            return new ChatError(null, "request.malformed", "The message is not valid JSON of the expected shape.");
        }
        log.error("chat.ws.error", e);
        return new ChatError(null, "internal", "Something went wrong on our side; please send your message again.");
    }

    /** A refused id is echoed back only when it is one the client could have meant. */
    private static String printable(String clientMessageId) {
        return clientMessageId == null || clientMessageId.length() > ChatGuard.MAX_CLIENT_MESSAGE_ID ? null
                : clientMessageId;
    }

    private static String clientAddress(SimpMessageHeaderAccessor headers) {
        Map<String, Object> attributes = headers.getSessionAttributes();
        Object address = attributes == null ? null : attributes.get(ClientAddressInterceptor.ADDRESS);
        return address == null ? "unknown" : address.toString();
    }
}
