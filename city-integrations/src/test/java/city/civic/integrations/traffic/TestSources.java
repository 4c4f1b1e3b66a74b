package city.civic.integrations.traffic;

import city.civic.integrations.traffic.gits.GitsTrafficInfo;
import city.civic.integrations.traffic.its.ItsTrafficInfo;
import city.civic.integrations.traffic.simulator.GitsSimulator;
import city.civic.integrations.traffic.simulator.ItsSimulator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** Adapters wired as the configuration does, with test-sized timeouts, pointed at the simulators. */
public final class TestSources {

    /** Loopback answers in milliseconds; generous for a busy 2-core build machine. */
    public static final Duration TIMEOUT = Duration.ofMillis(500);
    /** Beyond the timeout: the simulators' "hung feed". */
    public static final Duration SLOW = Duration.ofMillis(1500);
    public static final Duration BREAKER_WAIT = Duration.ofSeconds(30);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private TestSources() {
    }

    public static ItsTrafficInfo its(ItsSimulator simulator, Clock clock) {
        return new ItsTrafficInfo(new ItsTrafficInfo.Endpoint(simulator.baseUrl(), "test-key", "its", 127.15, 127.45,
                37.25, 37.55), new FeedHttp(TIMEOUT), guard("its", clock), new Grading(40, 20), SEOUL);
    }

    public static GitsTrafficInfo gits(GitsSimulator simulator, Clock clock) {
        return new GitsTrafficInfo(new GitsTrafficInfo.Endpoint(simulator.baseUrl(), "test-key",
                simulator.routeIds()), new FeedHttp(TIMEOUT), guard("gits", clock), new Grading(30, 15), SEOUL);
    }

    /** The defaults of TrafficProperties, but a retry pause of 1 ms. */
    static SourceGuard guard(String source, Clock clock) {
        var config = CircuitBreakerConfig.custom().slidingWindowSize(10).minimumNumberOfCalls(4)
                .failureRateThreshold(50).waitDurationInOpenState(BREAKER_WAIT)
                .permittedNumberOfCallsInHalfOpenState(1).clock(clock).build();
        return new SourceGuard(source, CircuitBreaker.of(source, config), clock, new SourceGuard.Settings(
                Duration.ofMinutes(5), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(15),
                Duration.ofMillis(1)));
    }
}
