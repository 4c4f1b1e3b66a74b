package city.civic.integrations.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;

/**
 * Count-based breakers: they judge the last {@code window} calls once {@code minimumCalls} were made,
 * open at {@code failureRatePercent}, and after {@code waitInOpen} let a single call through to test
 * whether the system is back.
 */
public final class CircuitBreakers {

    private CircuitBreakers() {
    }

    public static CircuitBreaker countBased(String name, float failureRatePercent, int window, int minimumCalls,
            Duration waitInOpen, Clock clock) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(failureRatePercent)
                .waitDurationInOpenState(waitInOpen)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build());
    }
}
