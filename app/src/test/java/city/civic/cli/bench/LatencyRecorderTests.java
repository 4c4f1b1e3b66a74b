package city.civic.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyRecorderTests {

    @Test
    void emptyRecorderReportsZero() {
        var recorder = new LatencyRecorder();

        assertThat(recorder.count()).isZero();
        assertThat(recorder.percentileMillis(99)).isZero();
        assertThat(recorder.maxMillis()).isZero();
    }

    @Test
    void smallValuesAreExact() {
        var recorder = new LatencyRecorder();
        for (int micros = 100; micros >= 1; micros--) {
            recorder.record(micros * 1_000L);
        }

        assertThat(recorder.count()).isEqualTo(100);
        assertThat(recorder.percentileMillis(50)).isEqualTo(0.050);
        assertThat(recorder.percentileMillis(95)).isEqualTo(0.095);
        assertThat(recorder.percentileMillis(99)).isEqualTo(0.099);
        assertThat(recorder.percentileMillis(100)).isEqualTo(0.100);
        assertThat(recorder.maxMillis()).isEqualTo(0.100);
    }

    @Test
    void percentilesUseTheNearestRankWithinOnePercent() {
        var recorder = new LatencyRecorder();
        for (int millis = 1; millis <= 1000; millis++) {
            recorder.record(TimeUnit.MILLISECONDS.toNanos(millis));
        }

        assertThat(recorder.percentileMillis(50)).isBetween(500.0, 505.0);
        assertThat(recorder.percentileMillis(95)).isBetween(950.0, 959.5);
        assertThat(recorder.percentileMillis(99)).isBetween(990.0, 999.9);
        assertThat(recorder.maxMillis()).isEqualTo(1000.0);
        assertThat(recorder.percentileMillis(100)).isEqualTo(1000.0);
    }

    @Test
    void aSingleSlowTurnShowsInTheTailOnly() {
        var recorder = new LatencyRecorder();
        for (int i = 0; i < 990; i++) {
            recorder.record(TimeUnit.MILLISECONDS.toNanos(10));
        }
        for (int i = 0; i < 10; i++) {
            recorder.record(TimeUnit.SECONDS.toNanos(3));
        }

        assertThat(recorder.percentileMillis(50)).isCloseTo(10.0, within(0.1));
        assertThat(recorder.percentileMillis(99)).isCloseTo(10.0, within(0.1));
        assertThat(recorder.percentileMillis(99.9)).isEqualTo(3000.0);
        assertThat(recorder.maxMillis()).isEqualTo(3000.0);
    }

    @Test
    void bucketsAreContiguousAndNeverUnderstate() {
        assertThat(LatencyRecorder.index(255)).isEqualTo(255);
        assertThat(LatencyRecorder.index(256)).isEqualTo(256);
        var random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            long micros = random.nextLong() >>> (24 + random.nextInt(39));
            long highest = LatencyRecorder.highestValue(LatencyRecorder.index(micros));
            assertThat(highest).isGreaterThanOrEqualTo(micros);
            assertThat(highest - micros).isLessThanOrEqualTo(micros / 128);
            assertThat(LatencyRecorder.index(highest + 1)).isEqualTo(LatencyRecorder.index(micros) + 1);
        }
    }

    @Test
    void countsEveryValueRecordedConcurrently() throws InterruptedException {
        var recorder = new LatencyRecorder();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            threads.execute(() -> {
                for (int i = 1; i <= 10_000; i++) {
                    recorder.record(TimeUnit.MICROSECONDS.toNanos(i));
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(recorder.count()).isEqualTo(80_000);
        assertThat(recorder.percentileMillis(50)).isBetween(5.0, 5.05);
        assertThat(recorder.maxMillis()).isEqualTo(10.0);
    }

    @Test
    void addAllMergesTwoTransports() {
        var rest = new LatencyRecorder();
        var ws = new LatencyRecorder();
        rest.record(TimeUnit.MILLISECONDS.toNanos(20));
        ws.record(TimeUnit.MILLISECONDS.toNanos(5));
        ws.record(TimeUnit.MILLISECONDS.toNanos(7));

        var all = new LatencyRecorder();
        all.addAll(rest);
        all.addAll(ws);

        assertThat(all.count()).isEqualTo(3);
        assertThat(all.percentileMillis(50)).isCloseTo(7.0, within(0.06));
        assertThat(all.maxMillis()).isEqualTo(20.0);
    }
}
