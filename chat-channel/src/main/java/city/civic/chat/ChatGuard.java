package city.civic.chat;

import org.springframework.stereotype.Component;

/** The checks every channel entry applies before the dialog engine sees a message. */
@Component
public class ChatGuard {

    private final ChatProperties properties;
    private final RateLimiter limiter = new RateLimiter();

    public ChatGuard(ChatProperties properties) {
        this.properties = properties;
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
