package city.civic.integrations.signals;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.SignalStatus.ControllerStatus;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every controller poll goes through, whatever the protocol: a circuit breaker per controller
 * (one dead cabinet must not silence the others), an answer reused for {@code refresh}, and the last
 * answer bridging a failed poll while younger than {@code maxAge} (two poll periods). Beyond that the
 * status is unknown: {@link CityDataUnavailableException}, never a stale "normal".
 */
public final class ControllerPolls {

    private static final Logger log = LoggerFactory.getLogger(ControllerPolls.class);

    /**
     * @param refresh an answer is reused this long without polling again
     * @param maxAge an answer older than this is never used
     */
    public record Settings(Duration refresh, Duration maxAge) {
    }

    /** What the polls so far saw, for health: controllers polled, answering at their last poll, failing, breakers open. */
    public record Counts(int polled, int answering, int failing, int breakersOpen) {
    }

    private final Clock clock;
    private final Settings settings;
    private final Function<String, CircuitBreaker> breakers;
    private final ConcurrentMap<String, Controller> controllers = new ConcurrentHashMap<>();

    public ControllerPolls(Clock clock, Settings settings, Function<String, CircuitBreaker> breakers) {
        this.clock = clock;
        this.settings = settings;
        this.breakers = breakers;
    }

    public ControllerStatus status(String controllerId, Supplier<ControllerStatus> poll) {
        Controller controller = controllers.computeIfAbsent(controllerId,
                id -> new Controller(breakers.apply(id)));
        long seen = controller.attempts;
        synchronized (controller) {
            if (controller.last != null && age(controller.last) < settings.refresh().toMillis()) {
                return controller.last;
            }
            // a caller we waited for has just polled: its outcome is ours, so a dead controller costs each
            // waiting citizen one timeout at most
            if (controller.attempts == seen) {
                poll(controllerId, controller, poll);
            }
            if (controller.last != null && age(controller.last) <= settings.maxAge().toMillis()) {
                return controller.last;
            }
            throw new CityDataUnavailableException("signal controller " + controllerId,
                    controller.lastError == null ? "no answer" : controller.lastError);
        }
    }

    public Counts counts() {
        Collection<Controller> all = controllers.values();
        int answering = (int) all.stream().filter(controller -> controller.answering).count();
        int open = (int) all.stream()
                .filter(controller -> controller.breaker.getState() == CircuitBreaker.State.OPEN).count();
        return new Counts(all.size(), answering, all.size() - answering, open);
    }

    private void poll(String controllerId, Controller controller, Supplier<ControllerStatus> poll) {
        controller.attempts++;
        try {
            controller.last = controller.breaker.executeSupplier(poll);
            controller.answering = true;
            controller.lastError = null;
        } catch (CallNotPermittedException e) {
            // expected while open; the failures that opened it were logged already
            controller.answering = false;
            controller.lastError = "circuit breaker open";
            log.debug("signal.poll.skipped controller={} breaker=OPEN", controllerId);
        } catch (RuntimeException e) {
            controller.answering = false;
            controller.lastError = e.getMessage();
            log.warn("signal.poll.failed controller={} reason={} breaker={}", controllerId, e.getMessage(),
                    controller.breaker.getState());
        }
    }

    private long age(ControllerStatus status) {
        return Duration.between(status.readAt(), clock.instant()).toMillis();
    }

    /** One controller's polls; fields guarded by the instance's monitor, attempts read outside it. */
    private static final class Controller {

        final CircuitBreaker breaker;
        volatile long attempts;
        volatile boolean answering;
        ControllerStatus last;
        String lastError;

        Controller(CircuitBreaker breaker) {
            this.breaker = breaker;
        }
    }
}
