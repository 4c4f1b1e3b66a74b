package city.civic.integrations.traffic;

import city.civic.integrations.TrafficInfo.Grade;
import city.civic.integrations.TrafficInfo.LinkSpeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * One successful answer of a source about its links: those with a measurement, and those it listed
 * without one (speed 0, no travel time or no readable time).
 */
public record LinkReadings(List<LinkSpeed> measured, Set<String> unmeasured) {

    public LinkReadings {
        measured = List.copyOf(measured);
        unmeasured = Set.copyOf(unmeasured);
    }

    /** Collects a feed's rows with one rule for every source: a row without a usable reading is unmeasured. */
    public static final class Collector {

        private final String source;
        private final DoubleFunction<Grade> grading;
        private final List<LinkSpeed> measured = new ArrayList<>();
        private final Set<String> unmeasured = new HashSet<>();

        public Collector(String source, DoubleFunction<Grade> grading) {
            this.source = source;
            this.grading = grading;
        }

        public void add(String linkId, String roadName, String direction, Double speedKmh, Double travelTimeSeconds,
                Instant observedAt) {
            if (linkId == null || linkId.isEmpty()) {
                return;
            }
            if (speedKmh == null || speedKmh <= 0 || travelTimeSeconds == null || travelTimeSeconds <= 0
                    || observedAt == null) {
                unmeasured.add(linkId);
            } else {
                measured.add(new LinkSpeed(linkId, roadName, direction, speedKmh, travelTimeSeconds, observedAt,
                        source, grading.apply(speedKmh), false));
            }
        }

        public LinkReadings readings() {
            return new LinkReadings(measured, unmeasured);
        }
    }
}
