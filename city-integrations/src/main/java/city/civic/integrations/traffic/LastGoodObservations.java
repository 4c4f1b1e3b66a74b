package city.civic.integrations.traffic;

import city.civic.integrations.TrafficInfo.LinkSpeed;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last good measurement per link, so a source's outage can be bridged with data of a known age.
 * Bounded by the links a source covers for the city (its bbox or routes).
 */
final class LastGoodObservations {

    private final Map<String, LinkSpeed> byLink = new ConcurrentHashMap<>();

    /**
     * A link the source now reports without a measurement loses its older one: that is the news. A
     * reading older than the one kept (a source answering from a lagging replica) does not replace it.
     */
    void record(LinkReadings readings) {
        readings.measured().forEach(speed -> byLink.merge(speed.linkId(), speed,
                (kept, fresh) -> fresh.observedAt().isBefore(kept.observedAt()) ? kept : fresh));
        readings.unmeasured().forEach(byLink::remove);
    }

    Optional<LinkSpeed> latest(String linkId) {
        return Optional.ofNullable(byLink.get(linkId));
    }

    /** Age since the source measured it; a source clock ahead of ours counts as age zero. */
    static Duration age(LinkSpeed speed, Instant now) {
        Duration age = Duration.between(speed.observedAt(), now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
