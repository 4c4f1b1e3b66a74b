package city.civic.cluster.relay;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.cli.bench.StompChat;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A citizen's widget on instance A through an outage of RabbitMQ, however the outage is made: the widget is
 * dropped with an ERROR frame, the citizen goes on over REST meanwhile, and once RabbitMQ is back the widget
 * reconnects, re-sends what it had in flight by its {@code clientMessageId}, and gets pushes from instance B
 * again. The transcript has every message once.
 */
public final class BrokerOutage {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final Duration RECONNECT_WITHIN = Duration.ofSeconds(45);
    static final String[] SAID = {"hello", "When does city hall open?", "thanks"};

    /** How long RabbitMQ was away and how long after its return the widget was connected again. */
    public record Figures(Duration outage, Duration reconnectedAfter, int said, int inTranscript) {
    }

    private BrokerOutage() {
    }

    /** Runs the scenario with {@code stop} and {@code start} making the outage; fails on anything lost or doubled. */
    public static Figures survive(RelayCluster cluster, Runnable stop, Runnable start) throws Exception {
        Citizen citizen = Citizen.startOn(cluster.portA());
        JsonNode duringOutage;
        Instant stopped;
        try (StompChat widget = StompChat.connect(cluster.portA()).subscribeAsCitizen()) {
            widget.sendChat(citizen.conversationId(), citizen.token(), SAID[0], "m-1");
            assertThat(widget.next(WAIT).json().get("clientMessageId").asString()).isEqualTo("m-1");

            stop.run();
            stopped = Instant.now();
            StompChat.Frame dropped = widget.next(WAIT);
            assertThat(dropped.command()).as("dropped: %s", dropped).isIn("ERROR", "CLOSED");
            duringOutage = citizen.say(cluster.portA(), SAID[1], "m-2"); // the REST fallback
        } finally {
            start.run();
        }
        Instant started = Instant.now();

        try (StompChat widget = reconnect(cluster.portA()).subscribeAsCitizen()) {
            Duration reconnectedAfter = Duration.between(started, Instant.now());
            widget.sendChat(citizen.conversationId(), citizen.token(), SAID[1], "m-2");
            StompChat.Frame resent = widget.next(WAIT);
            JsonNode overRestOnB = citizen.say(cluster.portB(), SAID[2], "m-3");
            StompChat.Frame pushed = widget.next(WAIT);

            assertThat(resent.json().get("clientMessageId").asString()).isEqualTo("m-2");
            assertThat(resent.json().get("messages")).as("the original replies").isEqualTo(duringOutage);
            assertThat(pushed.json().get("clientMessageId").asString()).isEqualTo("m-3");
            assertThat(pushed.json().get("messages")).isEqualTo(overRestOnB);
            var transcript = citizen.transcript(cluster.portB()).valueStream()
                    .filter(m -> m.get("role").asString().equals("citizen")).map(m -> m.get("text").asString())
                    .toList();
            assertThat(transcript).containsExactly(SAID);
            return new Figures(Duration.between(stopped, started), reconnectedAfter, SAID.length, transcript.size());
        }
    }

    /** What the widget does with back-off: connect again until the instance's relay has RabbitMQ back. */
    private static StompChat reconnect(int port) throws Exception {
        Instant deadline = Instant.now().plus(RECONNECT_WITHIN);
        URI endpoint = URI.create("ws://127.0.0.1:" + port + "/ws");
        while (true) {
            try {
                return StompChat.connect(endpoint, Duration.ofSeconds(3), null).get(4, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
