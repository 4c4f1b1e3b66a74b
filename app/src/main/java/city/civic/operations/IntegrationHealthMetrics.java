package city.civic.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Configuration;

/**
 * {@code civic_integration_up{integration="itsTraffic"}}: 1 while that city system's health is UP, else 0, read at
 * each scrape from the same indicator {@code /actuator/health} shows (they report the last poll, not a new call).
 */
@Configuration(proxyBeanMethods = false)
class IntegrationHealthMetrics implements SmartInitializingSingleton {

    private static final String SUFFIX = "HealthIndicator";

    private final Map<String, HealthIndicator> indicators;
    private final MeterRegistry registry;

    IntegrationHealthMetrics(Map<String, HealthIndicator> indicators, MeterRegistry registry) {
        this.indicators = indicators;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        indicators.forEach((bean, indicator) -> {
            if (indicator.getClass().getPackageName().startsWith("city.civic.integrations")) {
                String name = bean.endsWith(SUFFIX) ? bean.substring(0, bean.length() - SUFFIX.length()) : bean;
                Gauge.builder("civic.integration.up", indicator, IntegrationHealthMetrics::up)
                        .tag("integration", name)
                        .description("1 while the city system is healthy, else 0")
                        .register(registry);
            }
        });
    }

    private static double up(HealthIndicator indicator) {
        var health = indicator.health();
        return health != null && Status.UP.equals(health.getStatus()) ? 1 : 0;
    }
}
