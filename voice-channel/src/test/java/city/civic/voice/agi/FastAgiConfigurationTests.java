package city.civic.voice.agi;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.asterisk.AgiClient;
import city.civic.dialog.Conversations;
import city.civic.voice.calls.Calls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FastAgiConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(Conversations.class, FakeConversations::new)
            .withUserConfiguration(FastAgiConfiguration.class)
            .withConfiguration(UserConfigurations.of(city.civic.voice.calls.CallsTestAccess.configuration()));

    @Test
    void canBeTurnedOffWhileTheCallRegistryStays() {
        runner.withPropertyValues("civic.voice.fastagi.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(FastAgiServer.class);
            assertThat(context).hasSingleBean(Calls.class);
        });
    }

    @Test
    void enabledItListensOnTheConfiguredPortAndAnswersAgi() throws IOException {
        int port = freePort();
        runner.withPropertyValues("civic.voice.fastagi.port=" + port)
                .run(context -> {
                    assertThat(context.getBean(FastAgiServer.class).isRunning()).isTrue();
                    AgiClient asterisk = new AgiClient(port);
                    asterisk.run("start");
                    assertThat(asterisk.variables()).containsKey("BOT_UUID");
                    assertThat(context.getBean(Calls.class).find(asterisk.variables().get("BOT_UUID"))).isPresent();
                });
    }

    @Test
    void aMalformedAllowedPeerFailsAtStartUpNamingTheProperty() {
        runner.withPropertyValues("civic.voice.fastagi.port=0", "civic.voice.allowed-peers=10.0.0.0/8,pbx")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("civic.voice.allowed-peers").hasMessageContaining("'pbx'");
                });
    }

    @Test
    void linesAreCappedAt8KiBByDefaultAndALowerCapFailsAtStartUp() {
        runner.withPropertyValues("civic.voice.fastagi.port=0").run(context ->
                assertThat(context.getBean(FastAgiProperties.class).maxLineLength()).isEqualTo(8192));
        runner.withPropertyValues("civic.voice.fastagi.port=0", "civic.voice.fastagi.max-line-length=100")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aBadQueueNameFailsAtStartUp() {
        runner.withPropertyValues("civic.voice.fastagi.enabled=true", "civic.voice.fastagi.fallback-queue=a,b")
                .run(context -> assertThat(context).hasFailed());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
