package city.civic.integrations.traffic;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A source's health from what the citizens' questions already saw: no probe of its own, since every
 * call spends quota. UNKNOWN until the first call, DOWN while the breaker is open or after a failed
 * call, UP after a successful one.
 */
final class TrafficSourceHealthIndicator implements HealthIndicator {

    private final TrafficSource source;
    private final Clock clock;

    TrafficSourceHealthIndicator(TrafficSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public Health health() {
        SourceStatus status = source.status();
        Health.Builder health = status.failing() ? Health.down()
                : status.lastSuccess() == null ? Health.unknown() : Health.up();
        health.withDetail("source", status.source()).withDetail("circuitBreaker", status.breaker().name());
        if (status.lastSuccess() != null) {
            health.withDetail("lastSuccess", status.lastSuccess().toString()).withDetail("lastSuccessAgeSeconds",
                    Math.max(0, Duration.between(status.lastSuccess(), clock.instant()).toSeconds()));
        }
        if (status.failing() && status.lastError() != null) {
            health.withDetail("lastError", status.lastError());
        }
        return health.build();
    }
}
