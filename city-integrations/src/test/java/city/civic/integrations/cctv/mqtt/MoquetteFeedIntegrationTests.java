package city.civic.integrations.cctv.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.integrations.CctvIncidents.CctvAwareness;
import city.civic.integrations.cctv.simulator.EmbeddedMqttBroker;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The feed contract against the embedded default's Moquette, and a broker that goes down and comes back. */
class MoquetteFeedIntegrationTests extends MqttFeedContract {

    static final EmbeddedMqttBroker broker = new EmbeddedMqttBroker(0);

    @Override
    String brokerUrl() {
        return broker.url();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void bindsLoopbackOnly() {
        assertThat(broker.url()).startsWith("tcp://127.0.0.1:");
    }

    @Test
    void aBrokerThatDropsMakesAwarenessUnknownUntilItIsBackAndSubscribedAgain() {
        simulator.publish(simulator.event("market-loitering", "51", Instant.now()));
        eventually("CCTV-002", 1);

        broker.stop();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !incidents.feed().isConnected());
            CctvAwareness down = incidents.recent("CCTV-002", WINDOW);
            assertThat(down.known()).isFalse();
            assertThat(down.events()).as("what was seen before stays").hasSize(1);
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> incidents.recent("CCTV-002", WINDOW).known());
        assertThat(incidents.feed().snapshot().reconnects()).isEqualTo(1);
        simulator.publish(simulator.event("market-loitering", "52", Instant.now()));
        assertThat(eventually("CCTV-002", 2)).as("the subscription survived the restart").hasSize(2);
    }
}
