package city.civic.integrations.cctv;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.CctvIncidents.CctvAwareness;
import city.civic.integrations.CctvIncidents.CctvEventType;
import city.civic.integrations.traffic.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks between a transport and the port, on a clock the test moves. */
class RecentCctvIncidentsTests {

    static final String LOITERING = "RuleEngine/LoiteringDetector/ObjectIsLoitering";
    static final String INSIDE = "RuleEngine/FieldDetector/ObjectsInside";

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));
    final FeedState feed = new FeedState(clock, Duration.ofSeconds(30), Duration.ofMinutes(60));
    final RecentCctvIncidents incidents = new RecentCctvIncidents(TopicMapping.withDefaults(Map.of()),
            new CameraSites(Map.of("cam-2/1", "CCTV-002", "cam-3", "CCTV-003")), feed,
            new RecentCctvIncidents.Settings(Duration.ofHours(24), 5, Duration.ofMinutes(2), Duration.ofMinutes(2)));

    @BeforeEach
    void connected() {
        feed.markConnected();
        clock.advance(Duration.ofSeconds(31));
    }

    @Test
    void anOccurrenceIsKeptForItsSiteWithoutRuleOrCameraDetails() {
        incidents.accept(event("cam-2", "1", LOITERING, "7", clock.instant(), null, Map.of()));

        CctvAwareness awareness = incidents.recent("CCTV-002", Duration.ofMinutes(10));
        assertThat(awareness.known()).isTrue();
        assertThat(awareness.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CctvEventType.LOITERING);
            assertThat(e.cctvSite()).isEqualTo("CCTV-002");
            assertThat(e.at()).isEqualTo(clock.instant());
            assertThat(e.clockSkewed()).isFalse();
            assertThat(e.id()).startsWith("cctv-").doesNotContain("cam-2");
        });
        assertThat(incidents.recent("CCTV-003", Duration.ofMinutes(10)).events()).isEmpty();
        assertThat(incidents.recent("CCTV-003", Duration.ofMinutes(10)).known()).as("nothing seen, and we know it")
                .isTrue();
    }

    @Test
    void repeatsAndFlappingWithinTheWindowAreOneOccurrence() {
        Instant t0 = clock.instant();
        incidents.accept(event("cam-2", "1", INSIDE, "9", t0, "Changed", Map.of("IsInside", "true")));
        incidents.accept(event("cam-2", "1", INSIDE, "9", t0, "Changed", Map.of("IsInside", "true")));
        clock.advance(Duration.ofSeconds(20));
        incidents.accept(event("cam-2", "1", INSIDE, "9", clock.instant(), "Changed", Map.of("IsInside", "false")));
        clock.advance(Duration.ofSeconds(20));
        incidents.accept(event("cam-2", "1", INSIDE, "9", clock.instant(), "Changed", Map.of("IsInside", "true")));
        incidents.accept(event("cam-2", "1", INSIDE, "9", clock.instant(), "Initialized", Map.of("IsInside", "true")));
        incidents.accept(event("cam-2", "1", INSIDE, "10", clock.instant(), "Changed", Map.of("IsInside", "true")));

        assertThat(incidents.recent("CCTV-002", Duration.ofMinutes(10)).events()).hasSize(2)
                .extracting(e -> e.at()).containsExactly(clock.instant(), t0);
        assertThat(feed.snapshot().duplicates()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(3));
        incidents.accept(event("cam-2", "1", INSIDE, "9", clock.instant(), "Changed", Map.of("IsInside", "true")));
        assertThat(incidents.recent("CCTV-002", Duration.ofMinutes(10)).events()).as("after the window: new")
                .hasSize(3);
    }

    @Test
    void retainedMessagesDeletedPropertiesUnknownCamerasAndUnmappedTopicsAreDropped() {
        var retained = new OnvifEvent("cam-2", LOITERING, clock.instant(), null,
                Map.of("VideoSource", "1", "Rule", "R"), Map.of("ObjectId", "1"), true);
        incidents.accept(retained);
        incidents.accept(event("cam-2", "1", INSIDE, "2", clock.instant(), "Deleted", Map.of()));
        incidents.accept(event("cam-9", "1", LOITERING, "3", clock.instant(), null, Map.of()));
        incidents.accept(event("cam-2", "1", "RuleEngine/CellMotionDetector/Motion", "4", clock.instant(), "Changed",
                Map.of("IsMotion", "true")));

        assertThat(incidents.recent("CCTV-002", Duration.ofHours(1)).events()).isEmpty();
        assertThat(feed.snapshot().staleDropped()).isEqualTo(1);
        assertThat(feed.snapshot().lastMessageAt()).as("still proof the feed is alive").isEqualTo(clock.instant());
    }

    @Test
    void anEventStampedBeforeWeSubscribedArrivingWhileSettlingIsAReplay() {
        feed.markConnected();
        incidents.accept(event("cam-2", "1", LOITERING, "1", clock.instant().minusSeconds(20), null, Map.of()));
        clock.advance(Duration.ofSeconds(1));
        incidents.accept(event("cam-2", "1", INSIDE, "2", clock.instant(), null, Map.of()));
        clock.advance(Duration.ofSeconds(40));
        incidents.accept(event("cam-2", "1", LOITERING, "3", clock.instant().minusSeconds(50), null, Map.of()));

        assertThat(incidents.recent("CCTV-002", Duration.ofHours(1)).events()).extracting(e -> e.type())
                .containsExactlyInAnyOrder(CctvEventType.INTRUSION, CctvEventType.LOITERING);
        assertThat(feed.snapshot().staleDropped()).isEqualTo(1);
    }

    @Test
    void aSkewedCameraClockIsFlaggedAndOurTimeUsed() {
        incidents.accept(event("cam-3", "5", LOITERING, "1", clock.instant().minus(Duration.ofMinutes(7)), null,
                Map.of()));
        incidents.accept(event("cam-3", "5", INSIDE, "1", clock.instant().plus(Duration.ofSeconds(90)), null,
                Map.of()));
        incidents.accept(event("cam-3", "5", "RuleEngine/ObjectAbandoned", "1", null, null, Map.of()));

        var events = incidents.recent("CCTV-003", Duration.ofMinutes(5)).events();
        assertThat(events).hasSize(3);
        assertThat(events).filteredOn(e -> e.clockSkewed()).hasSize(2)
                .allSatisfy(e -> assertThat(e.at()).isEqualTo(clock.instant()));
        assertThat(events).filteredOn(e -> e.type() == CctvEventType.INTRUSION).singleElement()
                .satisfies(e -> assertThat(e.clockSkewed()).as("90 s is within 2 min").isFalse());
        assertThat(feed.snapshot().skewed()).isEqualTo(2);
    }

    @Test
    void unknownWhileDisconnectedSettlingOrSilentButEarlierEventsStillListed() {
        incidents.accept(event("cam-2", "1", LOITERING, "7", clock.instant(), null, Map.of()));
        feed.markDisconnected("Connection lost");

        CctvAwareness down = incidents.recent("CCTV-002", Duration.ofMinutes(10));
        assertThat(down.known()).isFalse();
        assertThat(down.coveredSince()).isNull();
        assertThat(down.events()).hasSize(1);

        feed.markConnected();
        Instant reconnected = clock.instant();
        assertThat(incidents.recent("CCTV-002", Duration.ofMinutes(10)).known()).as("settling").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(incidents.recent("CCTV-002", Duration.ofMinutes(10)))
                .satisfies(a -> assertThat(a.known()).isTrue())
                .satisfies(a -> assertThat(a.coveredSince()).isEqualTo(reconnected));

        clock.advance(Duration.ofMinutes(61));
        assertThat(incidents.recent("CCTV-002", Duration.ofMinutes(10)).known()).as("silent: subscription lost?")
                .isFalse();
        incidents.accept(event("cam-9", "1", "Anything/Else", "1", clock.instant(), null, Map.of()));
        assertThat(incidents.recent("CCTV-002", Duration.ofMinutes(10)).known()).isTrue();
    }

    @Test
    void keptForTheRetentionAndBoundedPerSite() {
        for (int i = 0; i < 8; i++) {
            incidents.accept(event("cam-2", "1", LOITERING, "obj" + i, clock.instant(), null, Map.of()));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(incidents.recent("CCTV-002", Duration.ofHours(1)).events()).hasSize(5);

        clock.advance(Duration.ofHours(25));
        assertThat(incidents.recent("CCTV-002", Duration.ofDays(2)).events()).isEmpty();
    }

    static OnvifEvent event(String producer, String videoSource, String topic, String objectId, Instant at,
            String operation, Map<String, String> data) {
        var items = new java.util.HashMap<>(data);
        items.put("ObjectId", objectId);
        return new OnvifEvent(producer, topic, at,
                operation == null ? null : OnvifEvent.PropertyOperation.valueOf(operation.toUpperCase()),
                Map.of("VideoSource", videoSource, "Rule", "Rule1"), items, false);
    }
}
