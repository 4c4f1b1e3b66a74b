package city.civic.integrations.cctv.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.integrations.cctv.RecentCctvIncidents;
import city.civic.integrations.cctv.simulator.CctvEventSimulator.OnvifEventMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The feed contract against the Mosquitto this machine and CI run on 127.0.0.1:1883 (Debian
 * {@code mosquitto}, started before every session), each run under its own topic root. Retained
 * messages are tested here only: Moquette 0.17, the embedded broker, mishandles them (it drops the
 * retain flag on delivery), and the embedded default never retains.
 */
class MosquittoFeedIntegrationTests extends MqttFeedContract {

    @Override
    String brokerUrl() {
        return "tcp://127.0.0.1:1883";
    }

    @Test
    void aRetainedEventIsThePastAndDropped() {
        OnvifEventMessage stale = simulator.event("station-abandoned-object", "31", Instant.now().minusSeconds(30));
        simulator.publish(stale, true);
        try {
            RecentCctvIncidents late = subscriber();
            await().atMost(Duration.ofSeconds(10)).until(() -> late.feed().snapshot().staleDropped() == 1);
            assertThat(late.recent("CCTV-003", WINDOW).events()).isEmpty();
        } finally {
            simulator.publishRaw(simulator.topic(stale), new byte[0], true);
        }
    }
}
