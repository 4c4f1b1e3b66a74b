package city.civic.integrations;

import java.time.Instant;
import java.util.List;

/**
 * Live road traffic: link speeds and incidents for the ITS link ids of a road section. The answer
 * carries data only; the dialog engine words it. Missing data is never an empty "all clear": a link
 * without a usable measurement is listed in {@link TrafficSnapshot#unmeasuredLinkIds()}, and an
 * empty incident list means "none" only when {@link TrafficSnapshot#incidentsKnown()}.
 */
public interface TrafficInfo {

    /**
     * @throws CityDataUnavailableException when no source answered and no observation young enough
     *         to use is kept
     */
    TrafficSnapshot snapshot(List<String> linkIds);

    /** Congestion grade from the link's speed, by the configured thresholds of its source. */
    enum Grade {
        SMOOTH, SLOW, CONGESTED
    }

    /**
     * A measured link (a feed's speed 0 means "no measurement" and never becomes a LinkSpeed).
     *
     * @param direction the source's direction: ITS {@code roadDrcType}, GITS the link's end node name
     * @param observedAt when the source measured it, not when we fetched it
     * @param source {@code its} or {@code gits}
     * @param stale served from the last good answer because the source failed, or older than the
     *        freshness limit
     */
    record LinkSpeed(String linkId, String roadName, String direction, double speedKmh, double travelTimeSeconds,
            Instant observedAt, String source, Grade grade, boolean stale) {
    }

    /**
     * @param id stable across calls (the ITS feed has none: a hash of kind, road, link, start, place)
     * @param type {@code accident}, {@code roadworks}, {@code weather}, {@code disaster} or {@code other}
     * @param description the source's own message, as published
     * @param endsAt expected end, null when the source gives none
     */
    record RoadIncident(String id, String type, String description, Instant startedAt, String linkId,
            Instant endsAt, Double lat, Double lon, Integer lanesBlocked, String source) {
    }

    /**
     * @param observedAt the oldest observation in {@code speeds} (the time to tell the citizen), or
     *        the time of the answer when nothing was measured
     * @param unmeasuredLinkIds asked links with no usable measurement (speed 0, unknown to the source,
     *        or too old): say "no measurement", never "no congestion"
     * @param incidentsKnown the incident call succeeded, so an empty list really means none reported
     * @param stale at least one speed is stale
     */
    record TrafficSnapshot(List<LinkSpeed> speeds, List<RoadIncident> incidents, Instant observedAt,
            List<String> unmeasuredLinkIds, boolean incidentsKnown, boolean stale) {

        public TrafficSnapshot {
            speeds = List.copyOf(speeds);
            incidents = List.copyOf(incidents);
            unmeasuredLinkIds = List.copyOf(unmeasuredLinkIds);
        }
    }
}
