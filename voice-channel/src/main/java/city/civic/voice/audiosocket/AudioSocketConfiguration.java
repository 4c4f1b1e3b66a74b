package city.civic.voice.audiosocket;

import city.civic.voice.net.AllowedPeersProperties;
import java.io.IOException;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the AudioSocket server unless {@code civic.voice.audiosocket.enabled=false} or the whole phone line is
 * off ({@code civic.voice.enabled=false}). Calls are looked up
 * in the {@link CallAudioHandlers} bean (the callbot), or refused when there is none. Only
 * {@code civic.voice.allowed-peers} may connect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${civic.voice.enabled:true} and ${civic.voice.audiosocket.enabled:true}")
@EnableConfigurationProperties({AudioSocketProperties.class, AllowedPeersProperties.class})
class AudioSocketConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AudioSocketConfiguration.class);

    @Bean(destroyMethod = "close")
    AudioSocketServer audioSocketServer(AudioSocketProperties properties, AllowedPeersProperties peers,
            ObjectProvider<CallAudioHandlers> handlers) throws IOException {
        CallAudioHandlers calls = handlers.getIfAvailable(() -> {
            log.warn("audiosocket.no-handlers every call will be refused (hangup message, dialplan fallback)");
            return CallAudioHandlers.none();
        });
        return new AudioSocketServer(InetAddress.getByName(properties.address()), properties.port(), calls,
                properties.settings(peers.addresses())).start();
    }
}
