package city.civic.integrations.cctv.pullpoint;

import static city.civic.integrations.cctv.pullpoint.FakePullPoint.notification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.integrations.CctvIncidents.CctvEvent;
import city.civic.integrations.CctvIncidents.CctvEventType;
import city.civic.integrations.cctv.CameraSites;
import city.civic.integrations.cctv.FeedState;
import city.civic.integrations.cctv.RecentCctvIncidents;
import city.civic.integrations.cctv.TopicMapping;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PullPoint client against a fake device over real HTTP: subscription life, faults, events into the port. */
class OnvifPullPointClientIntegrationTests {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration AWAIT = Duration.ofSeconds(5);
    static final String LOITERING = "tns1:RuleEngine/LoiteringDetector/ObjectIsLoitering";

    final FeedState feed = new FeedState(Clock.systemUTC(), Duration.ofMillis(150), Duration.ofMinutes(10));
    final RecentCctvIncidents incidents = new RecentCctvIncidents(TopicMapping.withDefaults(Map.of()),
            new CameraSites(Map.of("nvr/1", "CCTV-002", "nvr", "CCTV-003")), Map.of("pullpoint:nvr", feed),
            new RecentCctvIncidents.Settings(Duration.ofHours(1), 100, Duration.ofMinutes(2), Duration.ofMinutes(2)));
    FakePullPoint device;
    OnvifPullPointClient client;

    @BeforeEach
    void device() throws Exception {
        device = new FakePullPoint();
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        device.close();
    }

    void start(Duration subscriptionTime, String username, String password) {
        client = new OnvifPullPointClient(new OnvifPullPointClient.Device("nvr", device.eventServiceUrl(), username,
                password), new OnvifPullPointClient.Timing(subscriptionTime, Duration.ofMillis(200), 10,
                        Duration.ofMillis(500), Duration.ofMillis(100), Duration.ofMillis(300)), incidents, feed)
                .start();
    }

    void startAndAwaitKnown() {
        start(Duration.ofSeconds(60), null, null);
        awaitKnown();
    }

    void awaitKnown() {
        await().atMost(AWAIT).until(() -> incidents.recent("CCTV-002", WINDOW).known());
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void pulledNotificationsArriveAsTheirTypesAtTheirSites() {
        startAndAwaitKnown();
        assertThat(device.synchronizations).as("states re-sent after subscribing").hasValue(1);
        Instant t = now();
        device.publish(notification(LOITERING, t, null, Map.of("VideoSource", "1", "Rule", "Market"),
                Map.of("ObjectId", "7")));
        device.publish(notification("tns1:RuleEngine/ObjectAbandoned", t, null, Map.of("VideoSource", "9"),
                Map.of("ObjectId", "8")));
        device.publish(notification("tns1:RuleEngine/CellMotionDetector/Motion", t, "Changed",
                Map.of("VideoSource", "1"), Map.of("IsMotion", "true")));
        device.publish(notification("tns1:RuleEngine/FieldDetector/ObjectsInside", t, "Changed",
                Map.of("VideoSource", "1", "Rule", "Gate"), Map.of("ObjectId", "9", "IsInside", "true")));

        await().atMost(AWAIT).until(() -> incidents.recent("CCTV-002", WINDOW).events().size() == 2
                && incidents.recent("CCTV-003", WINDOW).events().size() == 1);
        assertThat(incidents.recent("CCTV-002", WINDOW).events()).extracting(CctvEvent::type)
                .containsExactlyInAnyOrder(CctvEventType.LOITERING, CctvEventType.INTRUSION);
        assertThat(incidents.recent("CCTV-002", WINDOW).events()).allSatisfy(e -> assertThat(e.at()).isEqualTo(t));
        assertThat(incidents.recent("CCTV-003", WINDOW).events()).extracting(CctvEvent::type)
                .containsExactly(CctvEventType.ABANDONED_OBJECT);
    }

    @Test
    void renewingBeforeTheTerminationTimeKeepsTheOneSubscription() {
        start(Duration.ofMillis(1000), null, null);
        awaitKnown();
        await().atMost(AWAIT).until(() -> device.renews.get() >= 3);

        assertThat(device.creates).as("never lost").hasValue(1);
        assertThat(device.faults).hasValue(0);
        assertThat(feed.snapshot().reconnects()).isZero();
        assertThat(incidents.recent("CCTV-002", WINDOW).known()).isTrue();
    }

    @Test
    void anExpiredSubscriptionMakesAwarenessUnknownUntilANewOneIsCreatedAndSynchronised() {
        startAndAwaitKnown();
        device.refuse(true);
        device.expireAll();

        await().atMost(AWAIT).until(() -> !feed.isConnected());
        assertThat(incidents.recent("CCTV-002", WINDOW).known()).isFalse();
        assertThat(feed.snapshot().lastError()).contains("SOAP fault");

        device.refuse(false);
        awaitKnown();
        assertThat(device.creates.get()).isGreaterThanOrEqualTo(2);
        assertThat(device.synchronizations.get()).isGreaterThanOrEqualTo(2);
        device.publish(notification(LOITERING, now(), null, Map.of("VideoSource", "1"), Map.of("ObjectId", "1")));
        await().atMost(AWAIT).until(() -> !incidents.recent("CCTV-002", WINDOW).events().isEmpty());
    }

    @Test
    void aPullAfterTheDeviceDroppedTheSubscriptionFaultsAndIsRecreated() {
        startAndAwaitKnown();
        device.expireAll();

        await().atMost(AWAIT).until(() -> device.creates.get() == 2 && incidents.recent("CCTV-002", WINDOW).known());
        assertThat(device.faults.get()).isGreaterThanOrEqualTo(1);
        assertThat(feed.snapshot().reconnects()).isEqualTo(1);
    }

    @Test
    void aSoapFaultOnDemandLosesTheSubscriptionOnce() {
        startAndAwaitKnown();
        device.failNext(1);

        await().atMost(AWAIT).until(() -> device.creates.get() == 2 && incidents.recent("CCTV-002", WINDOW).known());
        assertThat(feed.snapshot().reconnects()).isEqualTo(1);
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsAFailureToo() {
        startAndAwaitKnown();
        device.slow(Duration.ofMillis(1500));

        await().atMost(AWAIT).until(() -> !feed.isConnected());
        assertThat(feed.snapshot().lastError()).contains("no answer within");
        assertThat(incidents.recent("CCTV-002", WINDOW).known()).isFalse();

        device.slow(Duration.ZERO);
        awaitKnown();
    }

    @Test
    void theSameEventInTwoPullsIsOneOccurrence() {
        startAndAwaitKnown();
        Instant t = now();
        String event = notification(LOITERING, t, null, Map.of("VideoSource", "1", "Rule", "R"),
                Map.of("ObjectId", "3"));
        device.publish(event);
        await().atMost(AWAIT).until(() -> incidents.recent("CCTV-002", WINDOW).events().size() == 1);
        int pulls = device.pulls.get();
        device.publish(event);
        await().atMost(AWAIT).until(() -> feed.snapshot().duplicates() == 1);

        assertThat(device.pulls.get()).isGreaterThan(pulls);
        assertThat(incidents.recent("CCTV-002", WINDOW).events()).hasSize(1);
    }

    @Test
    void closingUnsubscribes() {
        startAndAwaitKnown();
        client.close();
        client = null;

        assertThat(device.unsubscribes).hasValue(1);
        assertThat(feed.isConnected()).isFalse();
    }

    @Test
    void aDeviceThatWantsCredentialsGetsAUsernameTokenDigest() {
        device.requireCredentials("civic", "s3cret&<");
        start(Duration.ofSeconds(60), "civic", "s3cret&<");
        awaitKnown();
        assertThat(device.faults).hasValue(0);
    }

    @Test
    void aWrongPasswordIsNeverConnected() throws Exception {
        device.requireCredentials("civic", "right");
        start(Duration.ofSeconds(60), "civic", "wrong");
        await().atMost(AWAIT).until(() -> device.faults.get() >= 2);

        assertThat(feed.isConnected()).isFalse();
        assertThat(feed.snapshot().lastError()).contains("NotAuthorized");
    }
}
