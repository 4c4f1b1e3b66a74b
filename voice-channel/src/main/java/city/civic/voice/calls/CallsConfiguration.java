package city.civic.voice.calls;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The call registry exists whether or not FastAGI is on (the audio side looks calls up in it too), while the
 * phone line is on ({@code civic.voice.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "civic.voice.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CallsProperties.class)
class CallsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Calls calls(CallsProperties properties, ObjectProvider<Clock> clock) {
        return new InMemoryCalls(clock.getIfAvailable(Clock::systemUTC), properties.timeToLive());
    }
}
