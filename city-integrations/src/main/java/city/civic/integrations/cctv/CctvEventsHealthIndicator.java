package city.civic.integrations.cctv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code cctvEvents}: DOWN while a feed (the broker, a PullPoint device) is unreachable, UNKNOWN while
 * connected but settling or silent for longer than allowed (a subscription may be lost), UP when every
 * feed is connected and heard. With one feed its details are at the top; with several, under
 * {@code feeds} by name.
 */
final class CctvEventsHealthIndicator implements HealthIndicator {

    private final Map<String, FeedState> feeds;
    private final Clock clock;

    CctvEventsHealthIndicator(FeedState feed, Clock clock) {
        this(Map.of("mqtt", feed), clock);
    }

    CctvEventsHealthIndicator(Map<String, FeedState> feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (feeds.size() == 1) {
            return feedHealth(feeds.values().iterator().next(), now).build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        Status worst = Status.UP;
        for (var feed : feeds.entrySet()) {
            Health health = feedHealth(feed.getValue(), now).build();
            details.put(feed.getKey(), health);
            worst = worse(worst, health.getStatus());
        }
        return Health.status(worst).withDetail("feeds", details).build();
    }

    private static Status worse(Status a, Status b) {
        if (a.equals(Status.DOWN) || b.equals(Status.DOWN)) {
            return Status.DOWN;
        }
        return a.equals(Status.UNKNOWN) || b.equals(Status.UNKNOWN) ? Status.UNKNOWN : Status.UP;
    }

    private static Health.Builder feedHealth(FeedState feed, Instant now) {
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
        return health;
    }

    private static void age(Health.Builder health, String name, Instant at, Instant now) {
        if (at != null) {
            health.withDetail(name, at.toString()).withDetail(name + "AgeSeconds",
                    Math.max(0, Duration.between(at, now).toSeconds()));
        }
    }
}
