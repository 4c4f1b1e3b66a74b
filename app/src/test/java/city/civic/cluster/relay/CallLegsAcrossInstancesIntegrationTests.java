package city.civic.cluster.relay;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.asterisk.AgiClient;
import city.civic.asterisk.AudioSocketCaller;
import city.civic.asterisk.FrameKind;
import city.civic.voice.agi.FastAgiServer;
import city.civic.voice.audiosocket.AudioSocketServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A call's three legs (FastAGI {@code start}, AudioSocket, {@code route}) are pinned to one instance by the
 * dialplan: the call lives in that instance's memory. A leg that reaches another instance is refused by design,
 * and the dialplan sends the caller to the counsellors' queue instead of leaving them in silence.
 */
class CallLegsAcrossInstancesIntegrationTests {

    @Test
    void audioForACallStartedOnAIsRefusedByBAndTheCallerGoesToTheQueue() throws Exception {
        RelayCluster cluster = RelayCluster.get();
        var onA = new AgiClient(fastAgiPort(cluster.a), "01055556666");
        String botUuid = onA.start();
        assertThat(botUuid).as("A took the call").isNotBlank();

        try (AudioSocketCaller toB = AudioSocketCaller.dial(audioSocketPort(cluster.b), botUuid, 8000)) {
            assertThat(toB.awaitEnd(Duration.ofSeconds(10))).as("B ends the leg").isTrue();
            assertThat(toB.received()).extracting(received -> received.frame().kind())
                    .as("the hangup message, so the dialplan goes on").containsExactly(FrameKind.HANGUP);
        }
        var routeOnB = new AgiClient(fastAgiPort(cluster.b), "01055556666", new HashMap<>(Map.of("BOT_UUID", botUuid)));
        assertThat(routeOnB.route()).containsEntry("CIVIC_ROUTE", "queue");
    }

    @Test
    void allThreeLegsOnOneInstanceMakeACall() throws Exception {
        RelayCluster cluster = RelayCluster.get();
        var agi = new AgiClient(fastAgiPort(cluster.b), "01077778888");
        String botUuid = agi.start();

        try (AudioSocketCaller caller = AudioSocketCaller.dial(audioSocketPort(cluster.b), botUuid, 8000)) {
            long dialled = System.nanoTime();
            assertThat(caller.awaitBotSpeech(dialled, Duration.ofMillis(600), Duration.ofSeconds(30)).isEmpty())
                    .as("B greets the caller").isFalse();
        }
    }

    private static int fastAgiPort(ConfigurableApplicationContext instance) {
        return instance.getBean(FastAgiServer.class).port();
    }

    private static int audioSocketPort(ConfigurableApplicationContext instance) {
        return instance.getBean(AudioSocketServer.class).port();
    }
}
