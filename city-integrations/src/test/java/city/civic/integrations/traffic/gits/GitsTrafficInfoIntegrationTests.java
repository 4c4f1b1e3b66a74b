package city.civic.integrations.traffic.gits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.TrafficInfo.LinkSpeed;
import city.civic.integrations.TrafficInfo.TrafficSnapshot;
import city.civic.integrations.traffic.MutableClock;
import city.civic.integrations.traffic.TestSources;
import city.civic.integrations.traffic.simulator.GitsSimulator;
import city.civic.integrations.traffic.simulator.GitsSimulator.Fault;
import city.civic.integrations.traffic.simulator.SimulatedRoads;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GITS adapter against the GITS simulator over real HTTP on loopback. */
class GitsTrafficInfoIntegrationTests {

    /** Toechon-ro, Gyeongan Intersection to Toechon Junction, in the sample city pack. */
    static final List<String> SECTION = List.of("1950090100", "1950090200");

    final MutableClock clock = MutableClock.atSeoul(2026, 11, 25, 11, 0); // a Wednesday, during the road works
    GitsSimulator simulator;
    GitsTrafficInfo gits;

    @BeforeEach
    void start() {
        simulator = new GitsSimulator(SimulatedRoads.load(42), clock, 0);
        gits = TestSources.gits(simulator, clock);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void readsTheSpeedsOfACityRoadsLinksFromItsRoute() {
        TrafficSnapshot snapshot = gits.snapshot(SECTION);

        assertThat(snapshot.speeds()).extracting(LinkSpeed::linkId).containsExactlyElementsOf(SECTION);
        assertThat(snapshot.speeds()).allSatisfy(speed -> {
            assertThat(speed.roadName()).isEqualTo("퇴촌로");
            assertThat(speed.source()).isEqualTo("gits");
            assertThat(speed.speedKmh()).isPositive();
            assertThat(speed.observedAt()).isEqualTo(clock.instant());
        });
        assertThat(snapshot.speeds().get(1).direction()).isEqualTo("퇴촌삼거리");
    }

    @Test
    void reportsTheScheduledRoadWorksFromItsIncidentFeed() {
        TrafficSnapshot snapshot = gits.snapshot(SECTION);

        assertThat(snapshot.incidentsKnown()).isTrue();
        assertThat(snapshot.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.id()).isEqualTo("gits-2026041600017");
            assertThat(incident.type()).isEqualTo("roadworks");
            assertThat(incident.linkId()).isEqualTo("1950090200");
            assertThat(incident.lanesBlocked()).isEqualTo(1);
            assertThat(incident.endsAt()).isAfter(clock.instant());
        });
    }

    @Test
    void noIncidentIsAnEmptyListTheCallSucceeded() {
        clock.advance(Duration.ofHours(8)); // 19:00, the works are over: headerCd 4, no result

        TrafficSnapshot snapshot = gits.snapshot(SECTION);

        assertThat(snapshot.incidents()).isEmpty();
        assertThat(snapshot.incidentsKnown()).isTrue();
    }

    @Test
    void anErrorHeaderIsAFailure() {
        simulator.fail(Fault.KEY_SUSPENDED);

        assertThatThrownBy(() -> gits.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining("KEY").hasMessageContaining("headerCd 7");
        assertThat(gits.status().failing()).isTrue();
    }

    @Test
    void aFailingIncidentFeedLeavesIncidentsUnknown() {
        simulator.fail(Fault.SERVICE_ERROR, "getIncidentInfo");

        TrafficSnapshot snapshot = gits.snapshot(SECTION);

        assertThat(snapshot.speeds()).hasSize(2);
        assertThat(snapshot.incidentsKnown()).isFalse();
    }

    @Test
    void aSlowFeedWithNothingKeptIsUnavailableAfterOneTimeout() {
        simulator.slowBy(TestSources.SLOW);

        long started = System.nanoTime();
        assertThatThrownBy(() -> gits.snapshot(SECTION)).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining("TIMEOUT");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TestSources.SLOW);
        assertThat(simulator.requestCount()).as("the first route's timeout ends the fetch").isEqualTo(1);
    }

    @Test
    void speedZeroIsNoMeasurement() {
        simulator.noMeasurement("1950090100");

        TrafficSnapshot snapshot = gits.snapshot(SECTION);

        assertThat(snapshot.speeds()).extracting(LinkSpeed::linkId).containsExactly("1950090200");
        assertThat(snapshot.unmeasuredLinkIds()).containsExactly("1950090100");
    }
}
