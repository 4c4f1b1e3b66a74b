package city.civic.voice.agi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled whether the FastAGI server runs
 * @param bindAddress the address to listen on; loopback unless Asterisk runs on another host (FastAGI
 *     has no authentication: allow only the PBX to reach it, and name it in {@code civic.voice.allowed-peers})
 * @param port the FastAGI port, 4573 being Asterisk's default for {@code agi://}; 0 picks a free one (tests)
 * @param poolSize threads kept for scripts (one per AGI connection while it runs)
 * @param maximumPoolSize most scripts at once; beyond it Asterisk-Java closes the connection and the
 *     dialplan's fallback queues the caller
 * @param readTimeout how long Asterisk may take to send the whole {@code agi_*} environment, in total from
 *     connect (a peer trickling bytes is cut too), and after that how long a script waits for the answer
 *     to a command
 * @param maxLineLength the longest line, in bytes, accepted from Asterisk (environment or answer); a
 *     longer one ends the connection. The lines Asterisk sends here (channel, caller id, the dialplan's
 *     short arguments, {@code 200 result=...}) are a few hundred bytes at most
 * @param defaultLanguage the conversation's language when neither the dialplan argument nor
 *     {@code CIVIC_LANG} names one
 * @param fallbackQueue the human queue for a call the bot has no outcome for
 */
@Validated
@ConfigurationProperties("civic.voice.fastagi")
public record FastAgiProperties(
        @DefaultValue("true") boolean enabled,
        @NotBlank @DefaultValue("127.0.0.1") String bindAddress,
        @Min(0) @Max(65535) @DefaultValue("4573") int port,
        @Min(1) @DefaultValue("10") int poolSize,
        @Min(1) @DefaultValue("200") int maximumPoolSize,
        @DefaultValue("30s") Duration readTimeout,
        @Min(256) @Max(1048576) @DefaultValue("8192") int maxLineLength,
        @Pattern(regexp = "en|ko") @DefaultValue("en") String defaultLanguage,
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") @DefaultValue("counsellors") String fallbackQueue) {

    public FastAgiProperties {
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("civic.voice.fastagi.read-timeout must be positive");
        }
    }
}
