package city.civic.voice.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AllowedPeersPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AllowedPeersProperties.class)
    static class Config {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void loopbackIsTheDefault() {
        runner.run(context -> {
            PeerAddresses peers = context.getBean(AllowedPeersProperties.class).addresses();
            assertThat(peers.allows(InetAddress.getByName("127.0.0.1"))).isTrue();
            assertThat(peers.allows(InetAddress.getByName("::1"))).isTrue();
            assertThat(peers.allows(InetAddress.getByName("192.168.0.10"))).isFalse();
        });
    }

    @Test
    void aCommaSeparatedListOfAddressesAndBlocksBinds() {
        runner.withPropertyValues("civic.voice.allowed-peers=192.168.10.5, 10.20.0.0/16,fd00::/8").run(context -> {
            PeerAddresses peers = context.getBean(AllowedPeersProperties.class).addresses();
            assertThat(peers).hasToString("192.168.10.5/32, 10.20.0.0/16, fd00:0:0:0:0:0:0:0/8");
            assertThat(peers.allows(InetAddress.getByName("127.0.0.1"))).isFalse();
        });
    }

    @Test
    void aMalformedEntryFailsTheStartUpNamingTheProperty() {
        runner.withPropertyValues("civic.voice.allowed-peers=10.0.0.0/33").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("civic.voice.allowed-peers")
                    .hasMessageContaining("10.0.0.0/33");
        });
    }
}
