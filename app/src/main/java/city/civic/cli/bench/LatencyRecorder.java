package city.civic.cli.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A lock-free latency histogram in the manner of HdrHistogram, so a long saturation run needs no more
 * memory than a short one. Values are kept in microseconds: exactly below 256 µs, above that in
 * log-linear buckets of 128 per power of two, so a percentile is at most 0.8 % above the true value.
 * The maximum is kept exactly.
 */
final class LatencyRecorder {

    private static final int SUB_BUCKET_BITS = 7;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    private static final int EXACT = 2 * SUB_BUCKETS;
    /** Longer than any run; larger values are clamped here. */
    private static final long MAX_MICROS = (1L << 40) - 1;
    private static final int BUCKETS = index(MAX_MICROS) + 1;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong maxMicros = new AtomicLong();

    void record(long nanos) {
        long micros = Math.min(Math.max(nanos, 0) / 1_000, MAX_MICROS);
        counts.incrementAndGet(index(micros));
        total.incrementAndGet();
        maxMicros.accumulateAndGet(micros, Math::max);
    }

    /** Adds another recorder's values, for the totals of a mixed run. */
    void addAll(LatencyRecorder other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts.addAndGet(i, other.counts.get(i));
        }
        total.addAndGet(other.total.get());
        maxMicros.accumulateAndGet(other.maxMicros.get(), Math::max);
    }

    long count() {
        return total.get();
    }

    double maxMillis() {
        return maxMicros.get() / 1_000.0;
    }

    /** The nearest-rank percentile (0 < p ≤ 100): the highest value of the bucket holding that rank. */
    double percentileMillis(double percentile) {
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(highestValue(i), maxMicros.get()) / 1_000.0;
            }
        }
        return maxMillis();
    }

    static int index(long micros) {
        if (micros < EXACT) {
            return (int) micros;
        }
        int shift = 63 - Long.numberOfLeadingZeros(micros) - SUB_BUCKET_BITS;
        return EXACT + (shift - 1) * SUB_BUCKETS + (int) ((micros >> shift) - SUB_BUCKETS);
    }

    static long highestValue(int index) {
        if (index < EXACT) {
            return index;
        }
        int shift = (index - EXACT) / SUB_BUCKETS + 1;
        long lowest = (long) ((index - EXACT) % SUB_BUCKETS + SUB_BUCKETS) << shift;
        return lowest + (1L << shift) - 1;
    }
}
