package city.civic.voice;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.voice.agi.FastAgiServer;
import city.civic.voice.audiosocket.AudioSocketServer;
import city.civic.voice.calls.Calls;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shipped sample dialplan ({@code docs/asterisk/extensions.conf}), read as Asterisk reads it and
 * executed step by step against the running platform: a call the bot hands over reaches the human queue
 * with the bot's context, a call that finds the bot down goes straight to the human queue, and so does
 * a call whose audio connection is refused.
 */
@IntegrationTest
class SampleDialplanIntegrationTests {

    static final String CONTEXT = "civic-callbot";

    @Autowired
    FastAgiServer agi;

    @Autowired
    AudioSocketServer audioSocket;

    @Autowired
    Calls calls;

    @Test
    void aCallerWhoPressesZeroIsQueuedForACounsellorWithTheBotsContext() throws Exception {
        SampleDialplan dialplan = new SampleDialplan(CONTEXT, platform(agi.port()), line -> {
            try {
                line.awaitBotSpeech(0, Duration.ofMillis(1), Duration.ofSeconds(30));
                line.press('0');
                line.awaitEnd(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        SampleDialplan.Outcome outcome = dialplan.run("s");

        assertThat(outcome.application()).isEqualTo("Queue");
        assertThat(outcome.argument()).isEqualTo("counsellors");
        assertThat(outcome.variables()).containsEntry("CIVIC_ROUTE", "queue").containsKey("BOT_UUID");
        assertThat(outcome.variables().get("CIVIC_TRANSCRIPT")).isNotBlank();
        assertThat(outcome.variables().get("CIVIC_SUMMARY")).contains("counsellor");
    }

    @Test
    void whenTheBotIsDownTheCallerGoesStraightToTheHumanQueue() throws Exception {
        SampleDialplan dialplan = new SampleDialplan(CONTEXT, platform(closedPort()), line -> {
            throw new AssertionError("no audio leg without the bot");
        });

        SampleDialplan.Outcome outcome = dialplan.run("s");

        assertThat(outcome.application()).isEqualTo("Queue");
        assertThat(outcome.argument()).isEqualTo("counsellors");
        assertThat(outcome.variables()).containsEntry("AGISTATUS", "FAILURE").doesNotContainKey("BOT_UUID");
    }

    @Test
    void whenTheAudioConnectionIsRefusedTheCallerIsQueuedNotHungUp() throws Exception {
        SampleDialplan dialplan = new SampleDialplan(CONTEXT,
                Map.of("127.0.0.1:4573", "127.0.0.1:" + agi.port(), "127.0.0.1:9092", "127.0.0.1:" + closedPort()),
                line -> {
                    throw new AssertionError("no audio leg without the audio server");
                });

        SampleDialplan.Outcome outcome = dialplan.run("s");

        assertThat(outcome.application()).isEqualTo("Queue");
        assertThat(outcome.argument()).isEqualTo("counsellors");
        assertThat(outcome.variables()).containsEntry("TRYSTATUS", "FAILED").containsEntry("AGISTATUS", "SUCCESS")
                .containsEntry("CIVIC_ROUTE", "queue").containsKey("BOT_UUID");
        assertThat(calls.find(outcome.variables().get("BOT_UUID"))).as("route closed the call").isEmpty();
    }

    @Test
    void everyStepReadsTheSameOnceAsteriskCutsItsComments() throws Exception {
        SampleDialplan dialplan = new SampleDialplan(CONTEXT, Map.of(), line -> {
            throw new AssertionError("no call here");
        });

        assertThat(dialplan.run("done").application()).isEqualTo("Hangup");
    }

    private Map<String, String> platform(int agiPort) {
        return Map.of("127.0.0.1:4573", "127.0.0.1:" + agiPort, "127.0.0.1:9092", "127.0.0.1:" + audioSocket.port());
    }

    private static int closedPort() throws java.io.IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
