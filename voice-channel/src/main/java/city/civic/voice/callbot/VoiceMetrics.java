package city.civic.voice.callbot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The callbot's figures in Prometheus: calls, how the caller's audio and the recognizer's time compare
 * (their ratio is the real-time factor; audio the recognizer slept through counts at no time), barge-ins,
 * reprompts and transfers, time from the end of the caller's speech to the first audio of the answer,
 * and the process's resident memory (Vosk and MaryTTS live partly outside the Java heap).
 */
final class VoiceMetrics {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private final Counter audioSeconds;
    private final Counter recognizerSeconds;
    private final Counter asleepSeconds;
    private final Counter bargeIns;
    private final Counter noInputs;
    private final Counter noMatches;
    private final Counter transfers;
    private final Timer responseTime;

    VoiceMetrics(MeterRegistry registry, Supplier<Number> activeCalls) {
        audioSeconds = Counter.builder("civic.voice.audio").baseUnit("seconds")
                .description("caller audio received").register(registry);
        recognizerSeconds = Counter.builder("civic.voice.recognizer").baseUnit("seconds")
                .description("time spent recognizing it").register(registry);
        asleepSeconds = Counter.builder("civic.voice.audio.unrecognized").baseUnit("seconds")
                .description("caller audio the recognizer slept through (a quiet line)").register(registry);
        bargeIns = Counter.builder("civic.voice.barge.ins").register(registry);
        noInputs = Counter.builder("civic.voice.reprompts").tag("reason", "no-input").register(registry);
        noMatches = Counter.builder("civic.voice.reprompts").tag("reason", "no-match").register(registry);
        transfers = Counter.builder("civic.voice.transfers").register(registry);
        responseTime = Timer.builder("civic.voice.response")
                .description("end of the caller's speech to the answer's first audio, measured in the app")
                .publishPercentiles(0.5, 0.95).register(registry);
        Gauge.builder("civic.voice.calls.active", activeCalls).register(registry);
        if (Files.isReadable(PROC_STATUS)) {
            Gauge.builder("civic.process.resident", VoiceMetrics::residentBytes).baseUnit("bytes")
                    .description("resident set size of this process (Linux)").register(registry);
        }
    }

    void recognized(long audioNanos, long recognizerNanos) {
        audioSeconds.increment(audioNanos / 1e9);
        recognizerSeconds.increment(recognizerNanos / 1e9);
    }

    /** Quiet audio the recognizer did not decode: it counts as audio at no recognizer time. */
    void recognizerAsleep(long audioNanos) {
        audioSeconds.increment(audioNanos / 1e9);
        asleepSeconds.increment(audioNanos / 1e9);
    }

    void bargeIn() {
        bargeIns.increment();
    }

    void noInput() {
        noInputs.increment();
    }

    void noMatch() {
        noMatches.increment();
    }

    void transfer() {
        transfers.increment();
    }

    void responded(long nanos) {
        responseTime.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static double residentBytes() {
        try {
            for (String line : Files.readAllLines(PROC_STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
