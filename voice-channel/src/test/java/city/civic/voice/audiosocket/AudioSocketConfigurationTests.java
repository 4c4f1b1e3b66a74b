package city.civic.voice.audiosocket;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.voice.net.AllowedPeersProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AudioSocketConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(UserConfigurations.of(AudioSocketConfiguration.class));

    @Test
    void canBeTurnedOff() {
        runner.withPropertyValues("civic.voice.audiosocket.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AudioSocketServer.class));
    }

    @Test
    void listensOnLoopbackByDefault() {
        runner.withPropertyValues("civic.voice.audiosocket.port=0")
                .run(context -> {
                    assertThat(context).hasSingleBean(AudioSocketServer.class);
                    AudioSocketProperties properties = context.getBean(AudioSocketProperties.class);
                    assertThat(properties.address()).isEqualTo("127.0.0.1");
                    assertThat(properties.handshakeTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.maxCalls()).isEqualTo(64);
                    assertThat(properties.maxCallsPerPeer()).isEqualTo(32);
                    assertThat(context.getBean(AllowedPeersProperties.class).addresses())
                            .hasToString("127.0.0.0/8, 0:0:0:0:0:0:0:1/128");
                    assertThat(context.getBean(AudioSocketServer.class).port()).isPositive();
                });
    }

    @Test
    void failsAtStartUpOnAMalformedAllowedPeerNamingTheProperty() {
        runner.withPropertyValues("civic.voice.audiosocket.port=0", "civic.voice.allowed-peers=asterisk.example")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("civic.voice.allowed-peers");
                });
    }

    @Test
    void failsAtStartUpOnAnInvalidPort() {
        runner.withPropertyValues("civic.voice.audiosocket.enabled=true", "civic.voice.audiosocket.port=-1")
                .run(context -> assertThat(context).hasFailed());
    }
}
