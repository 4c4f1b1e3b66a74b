package city.civic.integrations.traffic.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.traffic.simulator.SimulatedRoads.Link;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SimulatedRoadsTests {

    /** Every section's links in the sample city pack's gazetteer. */
    static final List<String> PACK_LINKS = List.of("1950010100", "1950010200", "1950010300", "1950010400",
            "1950010500", "1950010600", "1950010700", "1950010800", "1950020100", "1950020200", "1950030100",
            "1950030200", "1950040100", "1950040200", "1950050100", "1950050200", "1950060100", "1950060200",
            "1950070100", "1950070200", "1950080100", "1950080200", "1950090100", "1950090200");

    final SimulatedRoads roads = SimulatedRoads.load(42);

    @Test
    void coversEveryLinkOfThePackExactlyOnce() {
        assertThat(Stream.concat(roads.links("its").stream(), roads.links("gits").stream()).map(Link::linkId))
                .containsExactlyInAnyOrderElementsOf(PACK_LINKS);
        assertThat(roads.links("gits")).allSatisfy(link -> assertThat(roads.routes())
                .anySatisfy(route -> assertThat(route.routeId()).isEqualTo(link.routeId())));
    }

    @Test
    void theSameSeedAndSlotGiveTheSameSpeedAnotherSeedAnother() {
        Link link = roads.link("1950030100");
        Instant at = Instant.parse("2026-11-24T23:37:00Z");

        assertThat(roads.reading(link, at)).isEqualTo(SimulatedRoads.load(42).reading(link, at.plusSeconds(60)));
        assertThat(Stream.of(1L, 2L, 3L, 4L).map(seed -> SimulatedRoads.load(seed).reading(link, at).speedKmh())
                .distinct().count()).isGreaterThan(1);
    }

    @Test
    void aReadingIsPublishedForItsFiveMinuteSlot() {
        var reading = roads.reading(roads.link("1950030100"), Instant.parse("2026-11-24T23:37:59Z"));

        assertThat(reading.slot()).isEqualTo(Instant.parse("2026-11-24T23:35:00Z"));
        assertThat(reading.travelTimeSeconds()).isEqualTo(
                (int) Math.round(reading.link().lengthMeters() / (reading.speedKmh() / 3.6)));
    }
}
