package city.civic.integrations;

import java.time.Instant;
import java.util.List;

/** Live road traffic: link speeds and incidents for the ITS link ids of a road section. */
public interface TrafficInfo {

    /** @throws CityDataUnavailableException when the source cannot answer in time */
    TrafficSnapshot snapshot(List<String> linkIds);

    record LinkSpeed(String linkId, String roadName, String direction, double speedKmh, double travelTimeSeconds,
            Instant observedAt, String source) {
    }

    record RoadIncident(String id, String type, String description, Instant startedAt, String linkId) {
    }

    record TrafficSnapshot(List<LinkSpeed> speeds, List<RoadIncident> incidents, Instant observedAt) {
    }
}
