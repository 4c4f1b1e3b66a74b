package city.civic.cli.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The figures of a run: a block for people, then one JSON line for scripts; decides the exit code. */
final class BenchmarkReport {

    /** The share of failed turns (and conversations that could not be opened) a passing run stays under. */
    static final double MAX_ERROR_RATE = 0.01;

    private final PrintStream out;
    private final JsonMapper json;

    BenchmarkReport(PrintStream out, JsonMapper json) {
        this.out = out;
        this.json = json;
    }

    int print(BenchmarkOptions options, int opened, Map<String, TransportStats> stats) {
        var total = new TransportStats();
        stats.values().forEach(total::addAll);
        double seconds = options.duration().toSeconds();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("transport", options.transport());
        figures.put("conversations", options.conversations());
        figures.put("opened", opened);
        figures.put("intervalMs", options.interval().toMillis());
        figures.put("warmupS", options.warmup().toSeconds());
        figures.put("durationS", options.duration().toSeconds());
        figures.putAll(figures(total, seconds));
        figures.put("warmupFailed", total.warmupFailed.sum());
        if (stats.size() > 1) {
            Map<String, Object> byTransport = new LinkedHashMap<>();
            stats.forEach((name, tally) -> byTransport.put(name, figures(tally, seconds)));
            figures.put("byTransport", byTransport);
            stats.forEach((name, tally) -> summary(name, tally, seconds));
        }
        summary(options.transport().equals("both") ? "all" : options.transport(), total, seconds);
        out.printf(Locale.ROOT, "warm-up (not counted): %d turns answered, %d failed%n", total.warmupAnswered.sum(),
                total.warmupFailed.sum());
        long attempts = total.latency.count() + total.errorCount();
        boolean passed = total.latency.count() > 0 && total.errorCount() < MAX_ERROR_RATE * attempts;
        if (total.latency.count() == 0) {
            out.println("FAILED: no turn was answered after the warm-up");
        } else if (!passed) {
            out.printf(Locale.ROOT, "FAILED: %d errors in %d attempts (limit %.0f %%)%n", total.errorCount(), attempts,
                    MAX_ERROR_RATE * 100);
        }
        out.println(json.writeValueAsString(figures));
        return passed ? 0 : 1;
    }

    private void summary(String name, TransportStats tally, double seconds) {
        LatencyRecorder latency = tally.latency;
        out.printf(Locale.ROOT, "%-4s  turns %d  throughput %.1f/s  latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f"
                        + "  errors %d%n", name, latency.count(), latency.count() / seconds,
                latency.percentileMillis(50), latency.percentileMillis(95), latency.percentileMillis(99),
                latency.maxMillis(), tally.errorCount());
        tally.errorsByKind().forEach((kind, count) -> out.printf(Locale.ROOT, "      %-24s %d%n", kind, count));
    }

    private static Map<String, Object> figures(TransportStats tally, double seconds) {
        LatencyRecorder latency = tally.latency;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("turns", latency.count());
        figures.put("throughputPerSec", round(latency.count() / seconds));
        figures.put("p50Ms", round(latency.percentileMillis(50)));
        figures.put("p95Ms", round(latency.percentileMillis(95)));
        figures.put("p99Ms", round(latency.percentileMillis(99)));
        figures.put("maxMs", round(latency.maxMillis()));
        figures.put("errors", tally.errorCount());
        figures.put("errorsByKind", tally.errorsByKind());
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
