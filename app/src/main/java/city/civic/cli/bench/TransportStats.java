package city.civic.cli.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** What one transport's measured turns came to: latencies of the answered ones, counts of the failed. */
final class TransportStats {

    final LatencyRecorder latency = new LatencyRecorder();
    private final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();
    /** Warm-up turns are not measured, only counted, so a server failing from the start still shows. */
    final LongAdder warmupAnswered = new LongAdder();
    final LongAdder warmupFailed = new LongAdder();

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errorsByKind() {
        var counts = new TreeMap<String, Long>();
        errors.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }

    void addAll(TransportStats other) {
        latency.addAll(other.latency);
        warmupAnswered.add(other.warmupAnswered.sum());
        warmupFailed.add(other.warmupFailed.sum());
        other.errors.forEach((kind, count) -> errors.computeIfAbsent(kind, k -> new LongAdder()).add(count.sum()));
    }
}
