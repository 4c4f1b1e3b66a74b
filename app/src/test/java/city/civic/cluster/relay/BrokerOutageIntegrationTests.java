package city.civic.cluster.relay;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.cli.bench.StompChat;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * RabbitMQ stops and starts again (its line to both instances is cut and restored): widgets are dropped with an
 * ERROR frame, the citizen goes on over REST meanwhile, and once RabbitMQ is back a widget reconnects, re-sends
 * what it had in flight by its {@code clientMessageId}, and gets pushes from the other instance again. The
 * transcript has every message once.
 */
class BrokerOutageIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final Duration RECONNECT_WITHIN = Duration.ofSeconds(45);

    static RelayCluster cluster;

    @BeforeAll
    static void instances() {
        cluster = RelayCluster.get();
    }

    @Test
    void widgetsReconnectAfterRabbitMqIsBackAndNothingIsLostOrDoubled() throws Exception {
        Citizen citizen = Citizen.startOn(cluster.portA());
        JsonNode duringOutage;
        try (StompChat widget = StompChat.connect(cluster.portA()).subscribeAsCitizen()) {
            widget.sendChat(citizen.conversationId(), citizen.token(), "hello", "m-1");
            assertThat(widget.next(WAIT).json().get("clientMessageId").asString()).isEqualTo("m-1");

            cluster.link.cut();
            StompChat.Frame dropped = widget.next(WAIT);
            assertThat(dropped.command()).as("dropped: %s", dropped).isIn("ERROR", "CLOSED");
            duringOutage = citizen.say(cluster.portA(), "When does city hall open?", "m-2"); // the REST fallback
        } finally {
            cluster.link.restore();
        }

        try (StompChat widget = reconnect(cluster.portA()).subscribeAsCitizen()) {
            widget.sendChat(citizen.conversationId(), citizen.token(), "When does city hall open?", "m-2");
            StompChat.Frame resent = widget.next(WAIT);
            JsonNode overRestOnB = citizen.say(cluster.portB(), "thanks", "m-3");
            StompChat.Frame pushed = widget.next(WAIT);

            assertThat(resent.json().get("clientMessageId").asString()).isEqualTo("m-2");
            assertThat(resent.json().get("messages")).as("the original replies").isEqualTo(duringOutage);
            assertThat(pushed.json().get("clientMessageId").asString()).isEqualTo("m-3");
            assertThat(pushed.json().get("messages")).isEqualTo(overRestOnB);
        }
        assertThat(citizen.transcript(cluster.portB()).valueStream()
                .filter(m -> m.get("role").asString().equals("citizen")).map(m -> m.get("text").asString()))
                .containsExactly("hello", "When does city hall open?", "thanks");
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
