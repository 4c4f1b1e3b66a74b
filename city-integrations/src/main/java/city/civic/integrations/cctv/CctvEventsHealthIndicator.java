package city.civic.integrations.cctv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code cctvEvents}: DOWN while the broker is unreachable, UNKNOWN while connected but settling or
 * silent for longer than allowed (a subscription may be lost), UP when connected and hearing events.
 */
final class CctvEventsHealthIndicator implements HealthIndicator {

    private final FeedState feed;
    private final Clock clock;

    CctvEventsHealthIndicator(FeedState feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        FeedState.Snapshot status = feed.snapshot();
        Health.Builder health = !status.connected() ? Health.down() : feed.known(now) ? Health.up() : Health.unknown();
        health.withDetail("connected", status.connected()).withDetail("reconnects", status.reconnects())
                .withDetail("duplicatesMerged", status.duplicates())
                .withDetail("staleDropped", status.staleDropped())
                .withDetail("clockSkewed", status.skewed());
        age(health, "lastMessage", status.lastMessageAt(), now);
        age(health, "lastEvent", status.lastEventAt(), now);
        if (!status.connected() && status.lastError() != null) {
            health.withDetail("lastError", status.lastError());
        }
        return health.build();
    }

    private static void age(Health.Builder health, String name, Instant at, Instant now) {
        if (at != null) {
            health.withDetail(name, at.toString()).withDetail(name + "AgeSeconds",
                    Math.max(0, Duration.between(at, now).toSeconds()));
        }
    }
}
