package city.civic.integrations.traffic;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Instant;

/**
 * How a source has been doing, for health: its breaker and its last success and failure.
 *
 * @param lastSuccess null until the first successful call
 * @param lastError the last failure's reason (never a URI: it carries the key)
 */
public record SourceStatus(String source, CircuitBreaker.State breaker, Instant lastSuccess, Instant lastFailure,
        String lastError) {

    /** The last call failed, or the breaker keeps calls away. */
    public boolean failing() {
        return breaker == CircuitBreaker.State.OPEN || breaker == CircuitBreaker.State.FORCED_OPEN
                || (lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess)));
    }
}
