package city.civic.integrations.traffic;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.TrafficInfo.LinkSpeed;
import city.civic.integrations.TrafficInfo.RoadIncident;
import city.civic.integrations.TrafficInfo.TrafficSnapshot;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every traffic source goes through: a circuit breaker, at most one retry, answers reused for
 * a refresh interval (the ITS development quota is 1,000 calls a day), and the last good observation
 * per link to bridge an outage with data of a known age. Older than {@code maxAge} is never used:
 * then the caller hears {@link CityDataUnavailableException}, not an empty all-clear.
 */
public final class SourceGuard {

    private static final Logger log = LoggerFactory.getLogger(SourceGuard.class);

    /**
     * @param speedRefresh a successful speed answer is reused this long without calling again
     * @param incidentRefresh the same for incidents
     * @param staleAfter observations older than this are marked stale
     * @param maxAge observations older than this are never used
     * @param retryBackoff pause before the one retry, jittered ±50 %
     */
    public record Settings(Duration speedRefresh, Duration incidentRefresh, Duration staleAfter, Duration maxAge,
            Duration retryBackoff) {
    }

    private final String source;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private final Settings settings;
    private final LastGoodObservations observations;
    private final Object refreshLock = new Object();
    private volatile long rounds;
    private boolean lastSpeedsAnswered; // guarded by refreshLock, as is lastIncidentsAnswered
    private boolean lastIncidentsAnswered;
    private volatile Instant speedsFetchedAt;
    private volatile Instant incidentsFetchedAt;
    private volatile List<RoadIncident> lastIncidents = List.of();
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;

    public SourceGuard(String source, CircuitBreaker breaker, Clock clock, Settings settings) {
        this.source = source;
        this.breaker = breaker;
        this.clock = clock;
        this.settings = settings;
        this.observations = new LastGoodObservations();
    }

    public TrafficSnapshot snapshot(List<String> linkIds, Supplier<LinkReadings> speeds,
            Supplier<List<RoadIncident>> incidents) {
        long seen = rounds;
        boolean speedsAnswered;
        boolean incidentsAnswered;
        synchronized (refreshLock) {
            if (rounds == seen) {
                lastSpeedsAnswered = refreshSpeeds(speeds);
                // a source that just failed is not asked again for incidents: the citizen would wait twice
                lastIncidentsAnswered = lastSpeedsAnswered && refreshIncidents(incidents);
                rounds++;
            }
            // else a caller we waited for has just asked the source: its outcome is ours, so an outage
            // costs each waiting citizen one timeout at most, not one per caller queued before them
            speedsAnswered = lastSpeedsAnswered;
            incidentsAnswered = lastIncidentsAnswered;
        }
        Instant now = clock.instant();
        List<LinkSpeed> measured = new ArrayList<>();
        List<String> unmeasured = new ArrayList<>();
        boolean tooOld = false;
        for (String linkId : new LinkedHashSet<>(linkIds)) {
            LinkSpeed speed = observations.latest(linkId).orElse(null);
            if (speed != null && LastGoodObservations.age(speed, now).compareTo(settings.maxAge()) <= 0) {
                measured.add(marked(speed, !speedsAnswered, now));
            } else {
                unmeasured.add(linkId);
                tooOld |= speed != null;
            }
        }
        if (measured.isEmpty() && (!speedsAnswered || tooOld)) {
            // no answer, or only data too old to tell a citizen: unavailable, never an empty all-clear
            throw new CityDataUnavailableException(source, speedsAnswered ? "data older than "
                    + settings.maxAge().toMinutes() + " min" : failure());
        }
        Instant observedAt = measured.stream().map(LinkSpeed::observedAt).min(Comparator.naturalOrder()).orElse(now);
        return new TrafficSnapshot(measured, incidentsOn(linkIds, now), observedAt, unmeasured, incidentsAnswered,
                measured.stream().anyMatch(LinkSpeed::stale));
    }

    public SourceStatus status() {
        return new SourceStatus(source, breaker.getState(), lastSuccess, lastFailure, lastError);
    }

    private String failure() {
        String last = lastError == null ? "no answer" : lastError;
        return breaker.getState() == CircuitBreaker.State.OPEN ? "circuit breaker open, last error " + last : last;
    }

    private boolean refreshSpeeds(Supplier<LinkReadings> speeds) {
        if (recent(speedsFetchedAt, settings.speedRefresh())) {
            return true;
        }
        return call("speeds", speeds).map(readings -> {
            observations.record(readings);
            speedsFetchedAt = clock.instant();
            return true;
        }).orElse(false);
    }

    private boolean refreshIncidents(Supplier<List<RoadIncident>> incidents) {
        if (recent(incidentsFetchedAt, settings.incidentRefresh())) {
            return true;
        }
        return call("incidents", incidents).map(list -> {
            lastIncidents = List.copyOf(list);
            incidentsFetchedAt = clock.instant();
            return true;
        }).orElse(false);
    }

    private boolean recent(Instant fetchedAt, Duration refresh) {
        return fetchedAt != null && Duration.between(fetchedAt, clock.instant()).compareTo(refresh) < 0;
    }

    /** Through the breaker; one more attempt, after a jittered pause, for a transient failure. */
    private <T> Optional<T> call(String what, Supplier<T> fetch) {
        for (int attempt = 1;; attempt++) {
            try {
                T result = breaker.executeSupplier(fetch);
                lastSuccess = clock.instant();
                return Optional.of(result);
            } catch (FeedException e) {
                if (attempt == 1 && e.retryable()) {
                    log.info("traffic.source.retry source={} call={} reason={}", source, what, e.getMessage());
                    pause();
                    continue;
                }
                return failed(what, e.getMessage());
            } catch (CallNotPermittedException e) {
                // expected while open; the failures that opened it were logged already
                log.debug("traffic.source.skipped source={} call={} breaker=OPEN", source, what);
                return Optional.empty();
            } catch (RuntimeException e) {
                // a parser bug must not take the chat down with it; the breaker has recorded it
                log.warn("traffic.source.error source={} call={}", source, what, e);
                return failed(what, e.getClass().getSimpleName());
            }
        }
    }

    private <T> Optional<T> failed(String what, String reason) {
        lastFailure = clock.instant();
        lastError = reason;
        log.warn("traffic.source.failed source={} call={} reason={} breaker={}", source, what, reason,
                breaker.getState());
        return Optional.empty();
    }

    private void pause() {
        long base = settings.retryBackoff().toMillis();
        try {
            Thread.sleep(base / 2 + ThreadLocalRandom.current().nextLong(base + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LinkSpeed marked(LinkSpeed speed, boolean fromCache, Instant now) {
        boolean stale = fromCache || LastGoodObservations.age(speed, now).compareTo(settings.staleAfter()) > 0;
        return stale == speed.stale() ? speed
                : new LinkSpeed(speed.linkId(), speed.roadName(), speed.direction(), speed.speedKmh(),
                        speed.travelTimeSeconds(), speed.observedAt(), speed.source(), speed.grade(), stale);
    }

    /** Last known incidents on these links, still running, and not older than the age limit. */
    private List<RoadIncident> incidentsOn(List<String> linkIds, Instant now) {
        Instant fetchedAt = incidentsFetchedAt;
        if (fetchedAt == null || Duration.between(fetchedAt, now).compareTo(settings.maxAge()) > 0) {
            return List.of();
        }
        return lastIncidents.stream()
                .filter(incident -> linkIds.contains(incident.linkId()))
                .filter(incident -> incident.endsAt() == null || incident.endsAt().isAfter(now))
                .toList();
    }
}
