package city.civic.chat;

import city.civic.dialog.Utterance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param allowedOrigins origins allowed to open the WebSocket besides the page's own
 * @param maxMessageLength longest message a citizen may send, in characters: at most what the engine takes
 *     ({@link Utterance#MAX_TEXT_LENGTH}), which is also the default
 * @param messagesPerConversation burst of messages one conversation may send; refilled each second by one
 * @param messagesPerAddress burst per client address, refilled at {@code messagesPerAddressPerSecond}
 * @param conversationsPerAddressPerMinute new conversations one address may open per minute
 * @param stompTurnThreads threads that run turns sent over STOMP (REST turns run on the web server's threads);
 *     above the database pool's size, as each turn holds a connection
 */
@Validated
@ConfigurationProperties("civic.chat")
public record ChatProperties(
        @DefaultValue List<String> allowedOrigins,
        @Min(1) @Max(Utterance.MAX_TEXT_LENGTH) @DefaultValue("" + Utterance.MAX_TEXT_LENGTH) int maxMessageLength,
        @Min(1) @DefaultValue("10") int messagesPerConversation,
        @Min(1) @DefaultValue("60") int messagesPerAddress,
        @Min(1) @DefaultValue("20") int messagesPerAddressPerSecond,
        @Min(1) @DefaultValue("30") int conversationsPerAddressPerMinute,
        @Min(1) @Max(1000) @DefaultValue("32") int stompTurnThreads) {
}
