package city.civic.integrations.cctv;

import city.civic.integrations.CctvIncidents.CctvEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of the last {@code retention} per site, at most {@code maxPerSite} each, newest first;
 * and the de-duplication of repeats: the same camera, rule, object and type again within
 * {@code duplicateWindow} (a re-sent message, a flapping property, a synchronisation point replaying
 * a state) is the same occurrence.
 */
final class RecentEvents {

    private final Duration retention;
    private final int maxPerSite;
    private final Duration duplicateWindow;
    private final Map<String, Deque<CctvEvent>> bySite = new HashMap<>();
    private final Map<String, Instant> lastOccurrence = new HashMap<>();

    RecentEvents(Duration retention, int maxPerSite, Duration duplicateWindow) {
        this.retention = retention;
        this.maxPerSite = maxPerSite;
        this.duplicateWindow = duplicateWindow;
    }

    /** @return false when it repeats an occurrence still inside the window (and was not kept) */
    synchronized boolean add(String occurrenceKey, CctvEvent event, Instant now) {
        lastOccurrence.values().removeIf(at -> at.isBefore(now.minus(duplicateWindow).minus(duplicateWindow)));
        Instant previous = lastOccurrence.get(occurrenceKey);
        if (previous != null && Duration.between(previous, event.at()).abs().compareTo(duplicateWindow) < 0) {
            return false;
        }
        lastOccurrence.put(occurrenceKey, event.at());
        Deque<CctvEvent> events = bySite.computeIfAbsent(event.cctvSite(), site -> new ArrayDeque<>());
        events.addFirst(event);
        prune(events, now);
        return true;
    }

    synchronized List<CctvEvent> since(String site, Instant since, Instant now) {
        Deque<CctvEvent> events = bySite.get(site);
        if (events == null) {
            return List.of();
        }
        prune(events, now);
        return events.stream().filter(e -> !e.at().isBefore(since)).sorted((a, b) -> b.at().compareTo(a.at()))
                .toList();
    }

    synchronized int size() {
        return bySite.values().stream().mapToInt(Deque::size).sum();
    }

    private void prune(Deque<CctvEvent> events, Instant now) {
        Instant oldest = now.minus(retention);
        events.removeIf(e -> e.at().isBefore(oldest));
        while (events.size() > maxPerSite) {
            events.removeLast();
        }
    }
}
