package city.civic.integrations.cctv.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.integrations.CctvIncidents.CctvEvent;
import city.civic.integrations.CctvIncidents.CctvEventType;
import city.civic.integrations.cctv.CameraSites;
import city.civic.integrations.cctv.FeedState;
import city.civic.integrations.cctv.RecentCctvIncidents;
import city.civic.integrations.cctv.TopicMapping;
import city.civic.integrations.cctv.simulator.CctvEventSimulator;
import city.civic.integrations.cctv.simulator.CctvEventSimulator.OnvifEventMessage;
import city.civic.integrations.cctv.simulator.SimulatedCameras;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the MQTT feed must do against any broker: the simulator publishes real {@code onvif-ej}
 * messages, the subscriber receives them over TCP. Each run has its own topic root, so runs sharing a
 * broker do not see each other.
 */
abstract class MqttFeedContract {

    static final Duration WINDOW = Duration.ofMinutes(10);

    final SimulatedCameras cameras = SimulatedCameras.load();
    final String root = "civic-test-" + UUID.randomUUID().toString().substring(0, 8) + "/";
    final List<AutoCloseable> closing = new ArrayList<>();
    RecentCctvIncidents incidents;
    CctvEventSimulator simulator;

    abstract String brokerUrl();

    @BeforeEach
    void subscribe() {
        incidents = subscriber();
        simulator = closeLater(new CctvEventSimulator(cameras, brokerUrl(), root, Clock.systemUTC(), 42));
        await().atMost(Duration.ofSeconds(10)).until(() -> incidents.recent("CCTV-002", WINDOW).known());
    }

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    RecentCctvIncidents subscriber() {
        var feed = new FeedState(Clock.systemUTC(), Duration.ofMillis(200), Duration.ofMinutes(10));
        var recent = new RecentCctvIncidents(TopicMapping.withDefaults(Map.of()), new CameraSites(cameras.sites(root)),
                feed, new RecentCctvIncidents.Settings(Duration.ofHours(24), 500, Duration.ofMinutes(2),
                        Duration.ofMinutes(2)));
        closeLater(new OnvifMqttSubscriber(new OnvifMqttSubscriber.Connection(brokerUrl(),
                "cctv-test-" + UUID.randomUUID(), null, null, null, List.of(root + "+/onvif-ej/#"),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofMillis(500)), recent)
                .start());
        return recent;
    }

    <T extends AutoCloseable> T closeLater(T closeable) {
        closing.add(closeable);
        return closeable;
    }

    @Test
    void eachSimulatedSceneArrivesAsItsTypeAtItsSite() {
        Instant now = Instant.now();
        simulator.publish(simulator.event("market-loitering", "11", now));
        simulator.publish(simulator.event("station-abandoned-object", "12", now));
        simulator.publish(simulator.event("embankment-intrusion", "13", now));
        simulator.publish(simulator.event("city-hall-gate-crossed", "14", now));

        assertThat(eventually("CCTV-002", 1)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(CctvEventType.LOITERING));
        assertThat(eventually("CCTV-003", 1)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(CctvEventType.ABANDONED_OBJECT));
        assertThat(eventually("CCTV-010", 1)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(CctvEventType.INTRUSION));
        assertThat(eventually("CCTV-001", 1)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(CctvEventType.INTRUSION)
                        .as("camera time kept").isNotNull());
        assertThat(incidents.recent("CCTV-005", WINDOW).events()).isEmpty();
    }

    @Test
    void duplicatesAndFlappingBecomeOneEvent() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OnvifEventMessage inside = simulator.event("embankment-intrusion", "21", now);
        simulator.publish(inside);
        simulator.publish(inside);
        simulator.publish(withData(inside, "false", now.plusSeconds(5)));
        simulator.publish(withData(inside, "true", now.plusSeconds(10)));
        // a marker after them: once it is in, everything before it has been handled
        simulator.publish(simulator.event("embankment-intrusion", "22", now.plusSeconds(11)));

        assertThat(eventually("CCTV-010", 2)).extracting(CctvEvent::at)
                .containsExactly(now.plusSeconds(11), now);
        assertThat(incidents.feed().snapshot().duplicates()).isEqualTo(2);
    }

    @Test
    void aSkewedCameraClockIsFlagged() {
        Instant now = Instant.now();
        simulator.publish(simulator.event("market-loitering", "41", now.minus(Duration.ofMinutes(9))));

        assertThat(eventually("CCTV-002", 1)).singleElement().satisfies(e -> {
            assertThat(e.clockSkewed()).isTrue();
            assertThat(e.at()).isAfterOrEqualTo(now.minusSeconds(1));
        });
        assertThat(incidents.feed().snapshot().skewed()).isEqualTo(1);
    }

    List<CctvEvent> eventually(String site, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> incidents.recent(site, WINDOW).events().size() >= count);
        return incidents.recent(site, WINDOW).events();
    }

    static OnvifEventMessage withData(OnvifEventMessage event, String isInside, Instant at) {
        return new OnvifEventMessage(event.producer(), event.videoSource(), event.topic(), event.rule(),
                event.propertyOperation(), Map.of("ObjectId", event.data().get("ObjectId"), "IsInside", isInside), at);
    }
}
