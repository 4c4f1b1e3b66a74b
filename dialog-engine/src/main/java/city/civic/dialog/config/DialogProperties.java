package city.civic.dialog.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param conversationTimeToLive idle time after which a conversation expires
 * @param intentThreshold below this probability a message is out of scope
 * @param cityPhone the number the bot gives for human help
 * @param timeZone the city's time zone, for times in replies and ticket numbers
 */
@Validated
@ConfigurationProperties("civic.dialog")
public record DialogProperties(
        @DefaultValue("24h") Duration conversationTimeToLive,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.2") double intentThreshold,
        @NotBlank @DefaultValue("031-760-2114") String cityPhone,
        @DefaultValue("Asia/Seoul") ZoneId timeZone) {
}
