package city.civic.integrations.traffic;

import city.civic.integrations.TrafficInfo;
import city.civic.integrations.traffic.gits.GitsTrafficInfo;
import city.civic.integrations.traffic.its.ItsTrafficInfo;
import city.civic.integrations.traffic.simulator.GitsSimulator;
import city.civic.integrations.traffic.simulator.ItsSimulator;
import city.civic.integrations.traffic.simulator.SimulatedRoads;
import city.civic.integrations.resilience.CircuitBreakers;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Live traffic: both feeds' simulators on loopback by default ({@code mode=simulator}), the real
 * endpoints with {@code mode=live}; each source can be switched off; one {@link TrafficInfo} for
 * the dialog engine combining them, and a health indicator per source.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrafficProperties.class)
class TrafficConfiguration {

    private static final String MODE = "civic.integrations.traffic.mode";
    private static final String ITS = "civic.integrations.traffic.its.enabled";
    private static final String GITS = "civic.integrations.traffic.gits.enabled";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = MODE, havingValue = "simulator", matchIfMissing = true)
    ItsSimulator itsSimulator(TrafficProperties properties, ObjectProvider<Clock> clock) {
        return new ItsSimulator(SimulatedRoads.load(properties.simulator().seed()), clock(clock),
                properties.simulator().itsPort());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = MODE, havingValue = "simulator", matchIfMissing = true)
    GitsSimulator gitsSimulator(TrafficProperties properties, ObjectProvider<Clock> clock) {
        return new GitsSimulator(SimulatedRoads.load(properties.simulator().seed()), clock(clock),
                properties.simulator().gitsPort());
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "simulator", matchIfMissing = true)
    TrafficEndpoints simulatedTrafficEndpoints(ItsSimulator its, GitsSimulator gits, TrafficProperties properties) {
        return TrafficEndpoints.simulated(properties, its, gits);
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "live")
    TrafficEndpoints liveTrafficEndpoints(TrafficProperties properties) {
        return TrafficEndpoints.live(properties);
    }

    @Bean
    @ConditionalOnProperty(name = ITS, havingValue = "true", matchIfMissing = true)
    ItsTrafficInfo itsTrafficInfo(TrafficEndpoints endpoints, TrafficProperties properties,
            ObjectProvider<Clock> clock) {
        var its = properties.its();
        return new ItsTrafficInfo(endpoints.its(), new FeedHttp(properties.timeout()),
                guard("its", properties, clock(clock)), new Grading(its.slowBelowKmh(), its.congestedBelowKmh()),
                properties.zone());
    }

    @Bean
    @ConditionalOnProperty(name = GITS, havingValue = "true", matchIfMissing = true)
    GitsTrafficInfo gitsTrafficInfo(TrafficEndpoints endpoints, TrafficProperties properties,
            ObjectProvider<Clock> clock) {
        var gits = properties.gits();
        return new GitsTrafficInfo(endpoints.gits(), new FeedHttp(properties.timeout()),
                guard("gits", properties, clock(clock)), new Grading(gits.slowBelowKmh(), gits.congestedBelowKmh()),
                properties.zone());
    }

    /** GITS first: see {@link CombinedTrafficInfo} for why. */
    @Bean
    @Primary
    @ConditionalOnExpression("${" + ITS + ":true} or ${" + GITS + ":true}")
    TrafficInfo trafficInfo(ObjectProvider<GitsTrafficInfo> gits, ObjectProvider<ItsTrafficInfo> its) {
        List<TrafficInfo> sources = new ArrayList<>();
        gits.ifAvailable(sources::add);
        its.ifAvailable(sources::add);
        return new CombinedTrafficInfo(sources);
    }

    @Bean
    @ConditionalOnProperty(name = ITS, havingValue = "true", matchIfMissing = true)
    HealthIndicator itsTrafficHealthIndicator(ItsTrafficInfo its, ObjectProvider<Clock> clock) {
        return new TrafficSourceHealthIndicator(its, clock(clock));
    }

    @Bean
    @ConditionalOnProperty(name = GITS, havingValue = "true", matchIfMissing = true)
    HealthIndicator gitsTrafficHealthIndicator(GitsTrafficInfo gits, ObjectProvider<Clock> clock) {
        return new TrafficSourceHealthIndicator(gits, clock(clock));
    }

    private static SourceGuard guard(String source, TrafficProperties properties, Clock clock) {
        var breaker = properties.breaker();
        CircuitBreaker circuitBreaker = CircuitBreakers.countBased("traffic-" + source,
                breaker.failureRateThreshold(), breaker.slidingWindow(), breaker.minimumCalls(), breaker.waitInOpen(),
                clock);
        return new SourceGuard(source, circuitBreaker, clock,
                new SourceGuard.Settings(properties.speedRefresh(), properties.incidentRefresh(),
                        properties.staleAfter(), properties.maxAge(), properties.retryBackoff()));
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }
}
