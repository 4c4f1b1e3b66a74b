package city.civic.integrations.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.TrafficInfo.LinkSpeed;
import city.civic.integrations.TrafficInfo.TrafficSnapshot;
import city.civic.integrations.traffic.simulator.GitsSimulator;
import city.civic.integrations.traffic.simulator.ItsSimulator;
import city.civic.integrations.traffic.simulator.SimulatedRoads;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GITS for the city roads, the national feed for the rest, both simulated on loopback. */
class CombinedTrafficInfoIntegrationTests {

    /** Gyeongan Intersection touches Gyeongchung-daero (national, ITS) and Toechon-ro (provincial, GITS). */
    static final List<String> AROUND_GYEONGAN = List.of("1950010200", "1950010300", "1950090100");

    final MutableClock clock = MutableClock.atSeoul(2026, 11, 25, 19, 0);
    ItsSimulator itsSimulator;
    GitsSimulator gitsSimulator;
    CombinedTrafficInfo traffic;

    @BeforeEach
    void start() {
        itsSimulator = new ItsSimulator(SimulatedRoads.load(42), clock, 0);
        gitsSimulator = new GitsSimulator(SimulatedRoads.load(42), clock, 0);
        traffic = new CombinedTrafficInfo(
                List.of(TestSources.gits(gitsSimulator, clock), TestSources.its(itsSimulator, clock)));
    }

    @AfterEach
    void stop() {
        itsSimulator.close();
        gitsSimulator.close();
    }

    @Test
    void eachLinkComesFromTheSourceThatCoversIt() {
        TrafficSnapshot snapshot = traffic.snapshot(AROUND_GYEONGAN);

        assertThat(snapshot.speeds()).extracting(LinkSpeed::linkId, LinkSpeed::source).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("1950090100", "gits"),
                org.assertj.core.groups.Tuple.tuple("1950010200", "its"),
                org.assertj.core.groups.Tuple.tuple("1950010300", "its"));
        assertThat(snapshot.unmeasuredLinkIds()).isEmpty();
        assertThat(snapshot.incidentsKnown()).isTrue();
    }

    @Test
    void theNationalFeedIsNotAskedWhenTheProvincialOneCoversEverything() {
        traffic.snapshot(List.of("1950090100", "1950090200"));

        assertThat(itsSimulator.requestCount()).isZero();
    }

    @Test
    void withOneSourceDownTheOtherAnswersAndIncidentsAreUnknown() {
        gitsSimulator.fail(GitsSimulator.Fault.HTML_500);

        TrafficSnapshot snapshot = traffic.snapshot(AROUND_GYEONGAN);

        assertThat(snapshot.speeds()).extracting(LinkSpeed::linkId).containsExactlyInAnyOrder("1950010200", "1950010300");
        assertThat(snapshot.unmeasuredLinkIds()).containsExactly("1950090100");
        assertThat(snapshot.incidentsKnown()).isFalse();
    }

    @Test
    void withBothDownItIsUnavailable() {
        gitsSimulator.fail(GitsSimulator.Fault.KEY_SUSPENDED);
        itsSimulator.fail(ItsSimulator.Fault.GATEWAY_QUOTA);

        assertThatThrownBy(() -> traffic.snapshot(AROUND_GYEONGAN)).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining("gits").hasMessageContaining("its");
    }
}
