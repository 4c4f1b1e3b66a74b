package city.civic.integrations.center;

import city.civic.integrations.center.simulator.SimulatedCenter;
import city.civic.integrations.resilience.CircuitBreakers;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The center: simulated on loopback by default, a real GeoReport v2 endpoint with {@code mode=open311}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CenterProperties.class)
class CenterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CenterConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "civic.integrations.center.mode", havingValue = "simulator", matchIfMissing = true)
    SimulatedCenter simulatedCenter(CenterProperties properties) {
        var center = new SimulatedCenter(properties.simulatorPort(), Clock.systemUTC());
        properties.batchServices().forEach(center::batchService);
        center.truncateDescriptions(properties.simulatorDescriptionLimit());
        center.pageSize(properties.simulatorPageSize());
        log.info("center.simulator.started url={}", center.baseUrl());
        return center;
    }

    @Bean
    @ConditionalOnProperty(name = "civic.integrations.center.mode", havingValue = "simulator", matchIfMissing = true)
    Open311CenterGateway simulatedCenterGateway(SimulatedCenter center, CenterProperties properties) {
        return new Open311CenterGateway(center.baseUrl(), "simulator", properties.timeout(), properties.zone(),
                breaker(properties), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "civic.integrations.center.mode", havingValue = "open311")
    Open311CenterGateway open311CenterGateway(CenterProperties properties) {
        if (properties.baseUrl() == null || properties.baseUrl().isBlank()) {
            throw new IllegalStateException("civic.integrations.center.base-url is required in open311 mode");
        }
        return new Open311CenterGateway(properties.baseUrl(), properties.apiKey(), properties.timeout(),
                properties.zone(), breaker(properties), Clock.systemUTC());
    }

    @Bean
    HealthIndicator smartCityCenter(ObjectProvider<Open311CenterGateway> gateway) {
        return () -> {
            Open311CenterGateway center = gateway.getIfAvailable();
            if (center == null) {
                return Health.unknown().withDetail("reason", "no center configured").build();
            }
            Open311CenterGateway.Status status = center.status();
            Health.Builder health = status.breaker() == CircuitBreaker.State.OPEN ? Health.down()
                    : status.lastSuccess() == null ? Health.unknown() : Health.up();
            health.withDetail("circuitBreaker", status.breaker().name());
            if (status.lastSuccess() != null) {
                health.withDetail("lastSuccess", status.lastSuccess().toString());
            }
            if (status.lastError() != null) {
                health.withDetail("lastError", status.lastError());
            }
            return health.build();
        };
    }

    private static CircuitBreaker breaker(CenterProperties properties) {
        return CircuitBreakers.countBased("smart-city-center", 50, 10, 4, properties.breakerWaitInOpen(),
                Clock.systemUTC());
    }
}
