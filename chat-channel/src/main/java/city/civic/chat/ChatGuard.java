package city.civic.chat;

import city.civic.dialog.Conversations;
import org.springframework.stereotype.Component;

/** The checks every channel entry applies before the dialog engine sees a message. */
@Component
public class ChatGuard {

    private final ChatProperties properties;
    private final RateLimiter limiter = new RateLimiter();

    public ChatGuard(ChatProperties properties) {
        this.properties = properties;
    }

    /** Longest client message id kept for retries: the engine's bound, refused here with a clear error. */
    public static final int MAX_CLIENT_MESSAGE_ID = Conversations.MAX_CLIENT_MESSAGE_ID;

    /** A client message id is remembered for retries, so its size is bounded like the message's. */
    public void checkClientMessageId(String clientMessageId) {
        if (clientMessageId != null && clientMessageId.length() > MAX_CLIENT_MESSAGE_ID) {
            throw new ChatRequestException(400, "client_message_id.too_long",
                    "clientMessageId can be at most " + MAX_CLIENT_MESSAGE_ID + " characters.");
        }
    }

    public void checkMessage(String conversationId, String clientAddress, String text) {
        if (text == null) {
            throw new ChatRequestException(400, "message.missing", "The message has no \"text\".");
        }
        if (text.length() > properties.maxMessageLength()) {
            throw new ChatRequestException(400, "message.too_long",
                    "Messages can be at most " + properties.maxMessageLength() + " characters.");
        }
        limit("c:" + conversationId, properties.messagesPerConversation(), 1);
        limit("a:" + clientAddress, properties.messagesPerAddress(), properties.messagesPerAddressPerSecond());
    }

    /** Place suggestions come as the citizen types: limited per address like messages, in their own bucket. */
    public void checkPlaceLookup(String clientAddress) {
        limit("p:" + clientAddress, properties.messagesPerAddress(), properties.messagesPerAddressPerSecond());
    }

    public void checkNewConversation(String clientAddress) {
        int perMinute = properties.conversationsPerAddressPerMinute();
        limit("n:" + clientAddress, perMinute, perMinute / 60.0);
    }

    private void limit(String key, int capacity, double perSecond) {
        long wait = limiter.tryAcquire(key, capacity, perSecond);
        if (wait > 0) {
            throw new ChatRequestException(429, "rate_limited",
                    "Too many messages; please wait " + wait + " s and try again.", wait);
        }
    }
}
