package city.civic.admin.console;

import city.civic.dialog.Language;
import city.civic.dialog.content.Place;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plain plan of the city drawn from the gazetteer's coordinates alone (no map, nothing fetched): road
 * sections as lines between their intersections, intersections and landmarks as dots, districts as labels.
 * Longitude is scaled by the cosine of the mean latitude, so the plan keeps the city's proportions.
 */
public record CityPlan(double width, double height, List<Line> roads, List<Dot> dots, List<Dot> districts,
        Bounds bounds) {

    static final double WIDTH = 600;
    private static final double MARGIN = 0.1;

    public record Line(double x1, double y1, double x2, double y2) {
    }

    public record Dot(double x, double y, String kind, String name) {
    }

    /** Where a ticket sits on the plan. */
    public record Point(double x, double y) {
    }

    public record Bounds(double minLat, double maxLat, double minLon, double maxLon, double lonScale) {
    }

    static CityPlan of(List<Place> places, Language language) {
        if (places.isEmpty()) {
            return new CityPlan(WIDTH, WIDTH * 0.75, List.of(), List.of(), List.of(), new Bounds(0, 1, 0, 1, 1));
        }
        Bounds bounds = bounds(places);
        double height = round((bounds.maxLat() - bounds.minLat()) / ((bounds.maxLon() - bounds.minLon())
                * bounds.lonScale()) * WIDTH);
        var plan = new CityPlan(WIDTH, height, List.of(), List.of(), List.of(), bounds);
        Map<String, Place> byId = places.stream().collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
        List<Line> roads = places.stream().filter(p -> "section".equals(p.kind()))
                .filter(p -> byId.containsKey(p.from()) && byId.containsKey(p.to()))
                .map(p -> plan.line(byId.get(p.from()), byId.get(p.to()))).toList();
        List<Dot> dots = places.stream().filter(p -> "intersection".equals(p.kind()) || "landmark".equals(p.kind()))
                .map(p -> plan.dot(p, language)).toList();
        List<Dot> districts = places.stream().filter(p -> "district".equals(p.kind()))
                .map(p -> plan.dot(p, language)).toList();
        return new CityPlan(WIDTH, height, roads, dots, districts, bounds);
    }

    /** The point of a coordinate, kept on the plan's edge when it lies outside the city. */
    Optional<Point> point(Double lat, Double lon) {
        if (lat == null || lon == null || lat.isNaN() || lon.isNaN()) {
            return Optional.empty();
        }
        return Optional.of(new Point(clamp(x(lon), width), clamp(y(lat), height)));
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private Line line(Place from, Place to) {
        return new Line(x(from.lon()), y(from.lat()), x(to.lon()), y(to.lat()));
    }

    private Dot dot(Place place, Language language) {
        return new Dot(x(place.lon()), y(place.lat()), place.kind(), place.name(language));
    }

    private double x(double lon) {
        return round((lon - bounds.minLon()) * bounds.lonScale() / ((bounds.maxLon() - bounds.minLon())
                * bounds.lonScale()) * width);
    }

    private double y(double lat) {
        return round((bounds.maxLat() - lat) / (bounds.maxLat() - bounds.minLat()) * height);
    }

    private static Bounds bounds(List<Place> places) {
        double minLat = places.stream().mapToDouble(Place::lat).min().orElseThrow();
        double maxLat = places.stream().mapToDouble(Place::lat).max().orElseThrow();
        double minLon = places.stream().mapToDouble(Place::lon).min().orElseThrow();
        double maxLon = places.stream().mapToDouble(Place::lon).max().orElseThrow();
        double padLat = Math.max(maxLat - minLat, 0.001) * MARGIN;
        double padLon = Math.max(maxLon - minLon, 0.001) * MARGIN;
        return new Bounds(minLat - padLat, maxLat + padLat, minLon - padLon, maxLon + padLon,
                Math.cos(Math.toRadians((minLat + maxLat) / 2)));
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    /** One decimal: enough for a plan, and Double.toString writes it the same in every locale. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
