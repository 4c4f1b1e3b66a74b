package city.civic.voice.agi;

import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.voice.calls.Calls;
import city.civic.voice.net.AllowedPeersProperties;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FastAGI server, unless {@code civic.voice.fastagi.enabled=false} or the whole phone line is off
 * ({@code civic.voice.enabled=false}); only {@code civic.voice.allowed-peers} may connect.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FastAgiProperties.class, AllowedPeersProperties.class})
@ConditionalOnExpression("${civic.voice.enabled:true} and ${civic.voice.fastagi.enabled:true}")
class FastAgiConfiguration {

    /**
     * What the bundled speech models hear and say. Korean calls need a Korean Vosk model and a Korean
     * voice; neither is published on Maven Central, so the line speaks English until they are installed.
     */
    static final Set<Language> SPOKEN = Set.of(Language.EN);

    @Bean
    FastAgiServer fastAgiServer(FastAgiProperties properties, AllowedPeersProperties peers,
            Conversations conversations, Calls calls) {
        Language language = Language.fromCode(properties.defaultLanguage()).orElse(Language.KO);
        return new FastAgiServer(properties, peers.addresses(), Map.of(
                StartCallScript.NAME, new StartCallScript(conversations, calls, language, SPOKEN),
                RouteCallScript.NAME, new RouteCallScript(calls, properties.fallbackQueue())));
    }
}
