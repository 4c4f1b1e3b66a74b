package city.civic.integrations.traffic.its;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.TrafficInfo.Grade;
import city.civic.integrations.TrafficInfo.LinkSpeed;
import city.civic.integrations.TrafficInfo.TrafficSnapshot;
import city.civic.integrations.traffic.MutableClock;
import city.civic.integrations.traffic.TestSources;
import city.civic.integrations.traffic.simulator.ItsSimulator;
import city.civic.integrations.traffic.simulator.ItsSimulator.Fault;
import city.civic.integrations.traffic.simulator.ItsSimulator.Items;
import city.civic.integrations.traffic.simulator.SimulatedRoads;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ITS adapter against the ITS simulator over real HTTP on loopback. */
class ItsTrafficInfoIntegrationTests {

    /** Gyeongchung-daero, City Hall Intersection to Gyeongan Intersection, in the sample city pack. */
    static final List<String> SECTION = List.of("1950010100", "1950010200");

    final MutableClock clock = MutableClock.atSeoul(2026, 11, 25, 8, 35); // a Wednesday, morning rush
    ItsSimulator simulator;
    ItsTrafficInfo its;

    @BeforeEach
    void start() {
        simulator = new ItsSimulator(SimulatedRoads.load(42), clock, 0);
        its = TestSources.its(simulator, clock);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void readsTheSpeedsOfASectionsLinks() {
        TrafficSnapshot snapshot = its.snapshot(SECTION);

        assertThat(snapshot.speeds()).extracting(LinkSpeed::linkId).containsExactlyElementsOf(SECTION);
        assertThat(snapshot.speeds()).allSatisfy(speed -> {
            assertThat(speed.roadName()).isEqualTo("경충대로");
            assertThat(speed.source()).isEqualTo("its");
            assertThat(speed.speedKmh()).isBetween(5.0, 80.0);
            assertThat(speed.travelTimeSeconds()).isPositive();
            assertThat(speed.observedAt()).isEqualTo(clock.instant()); // 08:35 is a slot boundary
            assertThat(speed.stale()).isFalse();
        });
        assertThat(snapshot.unmeasuredLinkIds()).isEmpty();
        assertThat(snapshot.incidentsKnown()).isTrue();
        assertThat(snapshot.incidents()).isEmpty();
        assertThat(snapshot.stale()).isFalse();
    }

    @Test
    void theMorningRushIsSlowerThanTheNight() {
        double rush = its.snapshot(SECTION).speeds().get(0).speedKmh();
        clock.advance(Duration.ofHours(18)); // 02:35 next day
        double night = its.snapshot(SECTION).speeds().get(0).speedKmh();

        assertThat(rush).isLessThan(night * 0.8);
        assertThat(its.snapshot(SECTION).speeds().get(0).grade()).isEqualTo(Grade.SMOOTH);
    }

    @ParameterizedTest
    @EnumSource(Items.class)
    void readsItemsAsAnArrayASingleObjectOrNested(Items shape) {
        simulator.items(shape);
        simulator.resultCodeAsText(true);

        TrafficSnapshot snapshot = its.snapshot(SECTION);

        // a single object is the first item alone
        assertThat(snapshot.speeds()).extracting(LinkSpeed::linkId)
                .isEqualTo(shape == Items.SINGLE_OBJECT ? List.of("1950010100") : SECTION);
    }

    @Test
    void readsAnXmlAnswerToAJsonRequest() {
        simulator.fail(Fault.XML_ANSWER);

        assertThat(its.snapshot(SECTION).speeds()).extracting(LinkSpeed::linkId).containsExactlyElementsOf(SECTION);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"KEY_NOT_REGISTERED", "QUOTA_EXCEEDED", "GATEWAY_QUOTA", "GATEWAY_KEY",
            "HTML_500"})
    void anErrorWithNothingKeptIsUnavailableNeverEmpty(Fault fault) {
        simulator.fail(fault);

        assertThatThrownBy(() -> its.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining(fault == Fault.HTML_500 ? "SERVER_ERROR"
                        : fault.name().contains("QUOTA") ? "QUOTA" : "KEY");
    }

    @Test
    void retriesA500OnceButNeverAQuotaError() {
        simulator.fail(Fault.HTML_500);
        assertThatThrownBy(() -> its.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class);
        assertThat(simulator.requestCount()).isEqualTo(2);

        simulator.fail(Fault.QUOTA_EXCEEDED);
        assertThatThrownBy(() -> its.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class);
        assertThat(simulator.requestCount()).isEqualTo(3);
    }

    @Test
    void speedZeroIsNoMeasurementNeverAJam() {
        simulator.noMeasurement("1950010200");

        TrafficSnapshot snapshot = its.snapshot(SECTION);

        assertThat(snapshot.speeds()).extracting(LinkSpeed::linkId).containsExactly("1950010100");
        assertThat(snapshot.unmeasuredLinkIds()).containsExactly("1950010200");
    }

    @Test
    void aSlowSourceIsBridgedWithTheLastGoodDataMarkedStaleUntilItIsTooOld() {
        Instant measuredAt = its.snapshot(SECTION).observedAt();
        simulator.slowBy(TestSources.SLOW);

        clock.advance(Duration.ofMinutes(6)); // past the 5-minute refresh: the source is asked and times out
        TrafficSnapshot bridged = its.snapshot(SECTION);
        assertThat(bridged.speeds()).hasSize(2).allSatisfy(speed -> assertThat(speed.stale()).isTrue());
        assertThat(bridged.stale()).isTrue();
        assertThat(bridged.observedAt()).isEqualTo(measuredAt);
        assertThat(Duration.between(bridged.observedAt(), clock.instant())).isEqualTo(Duration.ofMinutes(6));
        assertThat(bridged.incidentsKnown()).isFalse();

        clock.advance(Duration.ofMinutes(10)); // 16 minutes: older than the 15-minute limit
        assertThatThrownBy(() -> its.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining("TIMEOUT");
    }

    @Test
    void dataLaggingAtTheSourceIsStaleAndTooOldIsUnavailable() {
        clock.advance(Duration.ofMinutes(2)); // 08:37
        simulator.lagBy(Duration.ofMinutes(11)); // published slot 08:25: 12 minutes old

        TrafficSnapshot lagging = its.snapshot(SECTION);
        assertThat(lagging.speeds()).hasSize(2).allSatisfy(speed -> assertThat(speed.stale()).isTrue());

        clock.advance(Duration.ofMinutes(5)); // 08:42, past the refresh interval
        simulator.lagBy(Duration.ofMinutes(25)); // slot 08:15: 27 minutes old, and the kept 08:25 is 17
        assertThatThrownBy(() -> its.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining("older than 15 min");
    }

    @Test
    void incidentsOnTheLinksAreReportedAndNoneIsOnlySaidWhenTheCallSucceeded() {
        simulator.addIncident("A1", "1950010200", "교통사고", "(1차로) 추돌사고 처리중");

        TrafficSnapshot snapshot = its.snapshot(SECTION);
        assertThat(snapshot.incidentsKnown()).isTrue();
        assertThat(snapshot.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.type()).isEqualTo("accident");
            assertThat(incident.description()).isEqualTo("(1차로) 추돌사고 처리중");
            assertThat(incident.linkId()).isEqualTo("1950010200");
            assertThat(incident.id()).startsWith("its-");
        });
        assertThat(its.snapshot(List.of("1950010700")).incidents()).isEmpty();

        simulator.reset();
        simulator.fail(Fault.QUOTA_EXCEEDED, "eventInfo");
        clock.advance(Duration.ofMinutes(6));
        TrafficSnapshot unknown = its.snapshot(SECTION);
        assertThat(unknown.speeds()).hasSize(2);
        assertThat(unknown.incidentsKnown()).isFalse();
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndClosesAfterRecovery() {
        simulator.fail(Fault.QUOTA_EXCEEDED);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> its.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class);
        }
        assertThat(its.status().breaker()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> its.snapshot(SECTION)).hasMessageContaining("circuit breaker open");
        assertThat(simulator.requestCount()).as("an open breaker keeps calls away").isEqualTo(4);

        simulator.reset();
        clock.advance(TestSources.BREAKER_WAIT.plusSeconds(1));
        assertThat(its.snapshot(SECTION).speeds()).hasSize(2);
        assertThat(its.status().breaker()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(its.status().failing()).isFalse();
    }

    @Test
    void questionsArrivingDuringAnOutageShareOneTimeout() throws Exception {
        simulator.slowBy(TestSources.SLOW);
        var pool = Executors.newFixedThreadPool(4);
        var gate = new CountDownLatch(1);
        try {
            List<Future<Throwable>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return catchThrowable(() -> its.snapshot(SECTION));
                }));
            }
            long started = System.nanoTime();
            gate.countDown();
            for (Future<Throwable> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isInstanceOf(CityDataUnavailableException.class);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TestSources.TIMEOUT.multipliedBy(3));
            assertThat(simulator.requestCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reusesAnAnswerWithinTheRefreshInterval() {
        its.snapshot(SECTION);
        clock.advance(Duration.ofMinutes(2));
        its.snapshot(List.of("1950010300"));

        assertThat(simulator.requestCount()).as("one trafficInfo and one eventInfo call").isEqualTo(2);
    }
}
