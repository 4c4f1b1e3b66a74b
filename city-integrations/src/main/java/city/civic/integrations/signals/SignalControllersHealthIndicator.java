package city.civic.integrations.signals;

import city.civic.integrations.signals.ControllerPolls.Counts;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The controllers' health from what the citizens' reports already polled: no probe of its own.
 * UNKNOWN before the first poll; DOWN only when no polled controller answered at its last poll (the
 * centre or the network is unreachable altogether); otherwise UP with counts, one dead cabinet
 * being a matter for the signal centre, not for this platform's health.
 */
final class SignalControllersHealthIndicator implements HealthIndicator {

    private final int configured;
    private final Supplier<Counts> counts;

    SignalControllersHealthIndicator(int configured, Supplier<Counts> counts) {
        this.configured = configured;
        this.counts = counts;
    }

    @Override
    public Health health() {
        Counts now = counts.get();
        Health.Builder health = now.polled() == 0 ? Health.unknown()
                : now.answering() == 0 ? Health.down() : Health.up();
        return health.withDetail("configured", configured)
                .withDetail("polled", now.polled())
                .withDetail("answering", now.answering())
                .withDetail("failing", now.failing())
                .withDetail("circuitBreakersOpen", now.breakersOpen())
                .build();
    }
}
