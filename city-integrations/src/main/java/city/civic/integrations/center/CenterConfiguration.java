package city.civic.integrations.center;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.center.simulator.SimulatedCenter;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The center: simulated on loopback by default, a real GeoReport v2 endpoint with {@code mode=open311}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CenterProperties.class)
class CenterConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "civic.integrations.center.mode", havingValue = "simulator", matchIfMissing = true)
    SimulatedCenter simulatedCenter(CenterProperties properties) {
        var center = new SimulatedCenter(0, Clock.systemUTC());
        properties.batchServices().forEach(center::batchService);
        return center;
    }

    @Bean
    @ConditionalOnProperty(name = "civic.integrations.center.mode", havingValue = "simulator", matchIfMissing = true)
    CenterGateway simulatedCenterGateway(SimulatedCenter center, CenterProperties properties) {
        return new Open311CenterGateway(center.baseUrl(), "simulator", properties.timeout(), properties.zone());
    }

    @Bean
    @ConditionalOnProperty(name = "civic.integrations.center.mode", havingValue = "open311")
    CenterGateway open311CenterGateway(CenterProperties properties) {
        if (properties.baseUrl() == null || properties.baseUrl().isBlank()) {
            throw new IllegalStateException("civic.integrations.center.base-url is required in open311 mode");
        }
        return new Open311CenterGateway(properties.baseUrl(), properties.apiKey(), properties.timeout(),
                properties.zone());
    }
}
