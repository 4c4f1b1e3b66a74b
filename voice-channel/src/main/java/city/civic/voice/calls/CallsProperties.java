package city.civic.voice.calls;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param timeToLive how long a call is remembered after it started; longer than any real call
 */
@Validated
@ConfigurationProperties("civic.voice.calls")
public record CallsProperties(@DefaultValue("4h") Duration timeToLive) {
}
