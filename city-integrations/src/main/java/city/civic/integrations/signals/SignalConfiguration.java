package city.civic.integrations.signals;

import city.civic.integrations.SignalStatus;
import city.civic.integrations.signals.ntcip.SnmpSignalStatus;
import city.civic.integrations.signals.simulator.SignalSimulator;
import city.civic.integrations.resilience.CircuitBreakers;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signal controller status: the in-process NTCIP agent with every pack controller by default
 * ({@code mode=simulator}), the configured controllers with {@code mode=live}; one read-only
 * {@link SignalStatus} over SNMP and the {@code signalControllers} health indicator.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignalProperties.class)
class SignalConfiguration {

    private static final String MODE = "civic.integrations.signals.mode";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = MODE, havingValue = "simulator", matchIfMissing = true)
    SignalSimulator signalSimulator(SignalProperties properties) {
        return new SignalSimulator(SignalSimulator.packControllers(), properties.simulator().port());
    }

    @Bean(destroyMethod = "close")
    SnmpSignalStatus snmpSignalStatus(SignalProperties properties, ObjectProvider<SignalSimulator> simulator,
            ObjectProvider<Clock> clock) {
        Map<String, ControllerEndpoint> endpoints = properties.mode() == SignalProperties.Mode.SIMULATOR
                ? simulator.getObject().endpoints() : properties.liveEndpoints();
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new SnmpSignalStatus(endpoints, properties.timeout(), properties.retries(),
                new ControllerPolls(time, new ControllerPolls.Settings(properties.refresh(), properties.maxAge()),
                        id -> breaker(id, properties.breaker(), time)),
                time);
    }

    @Bean
    HealthIndicator signalControllersHealthIndicator(SnmpSignalStatus signals) {
        return new SignalControllersHealthIndicator(signals.controllerIds().size(), signals::counts);
    }

    static CircuitBreaker breaker(String controllerId, SignalProperties.Breaker breaker, Clock clock) {
        return CircuitBreakers.countBased("signal-" + controllerId, breaker.failureRateThreshold(),
                breaker.slidingWindow(), breaker.minimumCalls(), breaker.waitInOpen(), clock);
    }
}
