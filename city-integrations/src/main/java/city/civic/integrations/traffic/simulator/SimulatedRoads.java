package city.civic.integrations.traffic.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated road network (sample data, {@code simulator/traffic-roads.json}: the city pack's link
 * ids with illustrative nodes, routes and speed profiles) and its traffic: a time-of-day speed per
 * link, the same for the same seed and the same 5-minute slot.
 */
public final class SimulatedRoads {

    /** The feeds publish 5-minute aggregates. */
    static final Duration SLOT = Duration.ofMinutes(5);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public record Route(String routeId, String routeName) {
    }

    /** @param peakSlowdown share of the free-flow speed lost at the height of a rush hour */
    public record Link(String linkId, String source, String section, String roadName, String routeId, String roadNo,
            String startNodeId, String startNodeName, String endNodeId, String endNodeName, int lengthMeters,
            double freeFlowKmh, double peakSlowdown, double lat, double lon) {
    }

    /** An incident on a daily schedule, local time, or scripted by a test ({@code fromHour} 0, {@code toHour} 24). */
    public record Incident(String source, String id, String linkId, String type, String detail, String message,
            boolean weekdays, int fromHour, int toHour, int lanesBlocked, double lat, double lon) {

        boolean activeAt(Instant instant) {
            LocalDateTime local = LocalDateTime.ofInstant(instant, SEOUL);
            boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
            return !(weekdays && weekend) && local.getHour() >= fromHour && local.getHour() < toHour;
        }

        /** Today's start (local time) of an incident active now. */
        Instant startOn(Instant now) {
            return LocalDate.ofInstant(now, SEOUL).atStartOfDay(SEOUL).plusHours(fromHour).toInstant();
        }

        Instant endOn(Instant now) {
            return LocalDate.ofInstant(now, SEOUL).atStartOfDay(SEOUL).plusHours(toHour).toInstant();
        }
    }

    /** One link's published reading: its 5-minute slot and the speed and travel time in it. */
    public record Reading(Link link, Instant slot, int speedKmh, int travelTimeSeconds) {
    }

    private record Fixture(List<Route> routes, List<Link> links, List<Incident> incidents) {
    }

    private final List<Route> routes;
    private final List<Link> links;
    private final List<Incident> incidents;
    private final long seed;

    private SimulatedRoads(Fixture fixture, long seed) {
        this.routes = List.copyOf(fixture.routes());
        this.links = List.copyOf(fixture.links());
        this.incidents = List.copyOf(fixture.incidents());
        this.seed = seed;
    }

    public static SimulatedRoads load(long seed) {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = SimulatedRoads.class.getResourceAsStream("/simulator/traffic-roads.json")) {
            if (in == null) {
                throw new IllegalStateException("simulator/traffic-roads.json missing from the classpath");
            }
            return new SimulatedRoads(mapper.readValue(in, Fixture.class), seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Route> routes() {
        return routes;
    }

    public List<Link> links(String source) {
        return links.stream().filter(link -> link.source().equals(source)).toList();
    }

    Link link(String linkId) {
        return links.stream().filter(link -> link.linkId().equals(linkId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated link " + linkId));
    }

    List<Incident> scheduledIncidents(String source) {
        return incidents.stream().filter(incident -> incident.source().equals(source)).toList();
    }

    /** The reading published at {@code at}: the slot it falls in, its rush-hour speed and some noise. */
    Reading reading(Link link, Instant at) {
        Instant slot = Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), SLOT.toSeconds()) * SLOT.toSeconds());
        double speed = link.freeFlowKmh() * (1 - link.peakSlowdown() * rush(slot)) * noise(link, slot);
        int kmh = (int) Math.max(5, Math.round(speed));
        return new Reading(link, slot, kmh, (int) Math.round(link.lengthMeters() / (kmh / 3.6)));
    }

    /** 0 at night, 1 at the height of the morning (8 h) and evening (18 h) rush, weekends lighter. */
    private static double rush(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, SEOUL);
        double hour = local.getHour() + local.getMinute() / 60.0;
        double morning = Math.max(0, 1 - Math.abs(hour - 8) / 1.5);
        double evening = Math.max(0, 1 - Math.abs(hour - 18) / 2);
        double daytime = hour >= 7 && hour < 21 ? 0.3 : 0;
        double load = Math.max(daytime, Math.max(morning, evening));
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? load * 0.5 : load;
    }

    /** ±10 %, a pure function of seed, link and slot. */
    private double noise(Link link, Instant slot) {
        long h = seed * 0x9E3779B97F4A7C15L ^ link.linkId().hashCode() * 0xC2B2AE3D27D4EB4FL ^ slot.getEpochSecond();
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return 0.9 + (h >>> 11) / (double) (1L << 53) * 0.2;
    }
}
