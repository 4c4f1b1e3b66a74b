package city.civic.integrations.traffic;

import city.civic.integrations.TrafficInfo.LinkSpeed;
import java.util.List;
import java.util.Set;

/**
 * One successful answer of a source about its links: those with a measurement, and those it listed
 * without one (speed 0, no travel time or no readable time).
 */
public record LinkReadings(List<LinkSpeed> measured, Set<String> unmeasured) {

    public LinkReadings {
        measured = List.copyOf(measured);
        unmeasured = Set.copyOf(unmeasured);
    }
}
