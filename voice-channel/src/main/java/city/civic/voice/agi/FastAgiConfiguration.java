package city.civic.voice.agi;

import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.voice.calls.Calls;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FastAGI server, only with {@code civic.voice.fastagi.enabled=true}: off by default while nothing
 * answers the call's audio yet.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FastAgiProperties.class)
@ConditionalOnProperty(prefix = "civic.voice.fastagi", name = "enabled", havingValue = "true")
class FastAgiConfiguration {

    @Bean
    FastAgiServer fastAgiServer(FastAgiProperties properties, Conversations conversations, Calls calls) {
        Language language = Language.fromCode(properties.defaultLanguage()).orElse(Language.KO);
        return new FastAgiServer(properties, Map.of(
                StartCallScript.NAME, new StartCallScript(conversations, calls, language),
                RouteCallScript.NAME, new RouteCallScript(calls, properties.fallbackQueue())));
    }
}
