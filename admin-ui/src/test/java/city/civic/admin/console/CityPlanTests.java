package city.civic.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import city.civic.dialog.content.LocalizedText;
import city.civic.dialog.content.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain plan of the city: drawn from the gazetteer's coordinates, with a ticket's place on it. */
class CityPlanTests {

    static Place place(String id, String kind, double lat, double lon, String from, String to) {
        return new Place(id, kind, null, new LocalizedText(id + " (en)", id + " (ko)"), null, lat, lon, null, from, to,
                null, null, null, null, null);
    }

    final List<Place> city = List.of(
            place("north", "intersection", 37.50, 127.20, null, null),
            place("south", "intersection", 37.30, 127.20, null, null),
            place("east", "landmark", 37.40, 127.35, null, null),
            place("road", "section", 37.40, 127.20, "north", "south"),
            place("town", "district", 37.40, 127.25, null, null));

    @Test
    void sectionsBecomeLinesBetweenTheirIntersectionsAndNorthIsUp() {
        CityPlan plan = CityPlan.of(city, Language.EN);

        assertThat(plan.roads()).singleElement().satisfies(road -> {
            assertThat(road.x1()).isEqualTo(road.x2());
            assertThat(road.y1()).isLessThan(road.y2());
        });
        assertThat(plan.dots()).extracting(CityPlan.Dot::name).containsExactlyInAnyOrder("north (en)", "south (en)",
                "east (en)");
        assertThat(plan.districts()).extracting(CityPlan.Dot::name).containsExactly("town (en)");
    }

    @Test
    void theCitysProportionsAreKept() {
        CityPlan plan = CityPlan.of(city, Language.KO);

        double kmNorthSouth = 0.2 * 111;
        double kmEastWest = 0.15 * 111 * Math.cos(Math.toRadians(37.4));
        assertThat(plan.height() / plan.width()).isCloseTo(kmNorthSouth / kmEastWest, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void aPointOutsideTheCityIsKeptOnTheEdgeAndNoCoordinatesMeansNoMarker() {
        CityPlan plan = CityPlan.of(city, Language.EN);

        assertThat(plan.point(38.0, 126.0)).hasValueSatisfying(point -> {
            assertThat(point.x()).isZero();
            assertThat(point.y()).isZero();
        });
        assertThat(plan.point(null, 127.2)).isEmpty();
        assertThat(plan.point(37.4, 127.25)).hasValueSatisfying(point ->
                assertThat(point.x()).isBetween(0.0, plan.width()));
    }
}
