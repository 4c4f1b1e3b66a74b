package city.civic.cli.bench.phone;

import city.civic.asterisk.AgiClient;
import city.civic.asterisk.AudioSocketCaller;
import city.civic.voice.speech.TelephoneVoice;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code benchmark-calls}: simultaneous phone calls against a running platform, as Asterisk would place
 * them (FastAGI {@code start}, AudioSocket audio in real time, {@code route}). Each caller asks questions
 * over the bot (barging in), and the command prints, per number of simultaneous calls, the time from the
 * end of the caller's speech to the bot's first audio (p50/p95, measured at the caller's end of the
 * socket), how fast the bot fell silent when talked over, and the server's recognizer real-time factor,
 * CPU and memory (from its Prometheus endpoint).
 */
public final class CallBenchmarkCommand {

    static final String USAGE = """
            usage: benchmark-calls [--url=http://127.0.0.1:8080] [--agi-port=4573] [--audiosocket-port=9092]
                                   [--calls=1,2,4,6] [--turns=4] [--metrics=URL/actuator/prometheus]
              --calls    the numbers of simultaneous calls to run, one after the other (after one warm-up
                         call that asks every question once and is not counted)
              --metrics  the server's Prometheus endpoint; staff only on the citizens' port: signed in with
                         CIVIC_ADMIN_USERNAME / CIVIC_ADMIN_PASSWORD from the environment""";
    private static final List<String> QUESTIONS = List.of(
            "What time does city hall open?",
            "Which days can I put out recycling?",
            "How do I pay a parking fine?",
            "Where can I buy general waste bags?",
            "How do I get a resident registration certificate?",
            "Where is the lost and found office?");
    private static final Duration TURN_LIMIT = Duration.ofSeconds(20);
    private static final long NEW_SPEECH_GAP_NANOS = 150_000_000;
    private static final long LISTEN_MILLIS = 1500;

    private final PrintStream out;

    public CallBenchmarkCommand(PrintStream out) {
        this.out = out;
    }

    public int run(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("url", "http://127.0.0.1:8080", "agi-port", "4573",
                "audiosocket-port", "9092", "calls", "1,2,4,6", "turns", "4", "metrics", ""));
        for (int i = 1; i < args.length; i++) {
            Matcher option = Pattern.compile("--([a-z-]+)=(.+)").matcher(args[i]);
            if (!option.matches() || !options.containsKey(option.group(1))) {
                out.println("unknown option: " + args[i] + "\n" + USAGE);
                return 2;
            }
            options.put(option.group(1), option.group(2));
        }
        int agiPort = Integer.parseInt(options.get("agi-port"));
        int audioPort = Integer.parseInt(options.get("audiosocket-port"));
        int turns = Integer.parseInt(options.get("turns"));
        URI metrics = URI.create(options.get("metrics").isEmpty() ? options.get("url") + "/actuator/prometheus"
                : options.get("metrics"));
        out.println("synthesizing the callers' questions with MaryTTS ...");
        List<Clip> questions = new ArrayList<>();
        TelephoneVoice voice = TelephoneVoice.start(0);
        QUESTIONS.forEach(question -> questions.add(Clip.of(voice.speak(question, 8000))));
        out.println("warm-up call ...");
        runCalls(1, questions.size(), agiPort, audioPort, questions);
        out.printf(Locale.ROOT, "%5s %8s %8s %8s %9s %9s %7s %6s %8s %8s%n", "calls", "turns", "p50 ms", "p95 ms",
                "stop p50", "stop p95", "misses", "rtf", "cpu %", "rss MB");
        List<String> json = new ArrayList<>();
        for (String level : options.get("calls").split(",")) {
            int calls = Integer.parseInt(level.strip());
            Map<String, Double> before = scrape(metrics);
            long started = System.nanoTime();
            Results results = runCalls(calls, turns, agiPort, audioPort, questions);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Double> after = scrape(metrics);
            double rtf = delta(after, before, "civic_voice_recognizer_seconds_total")
                    / delta(after, before, "civic_voice_audio_seconds_total");
            double cpu = 100 * delta(after, before, "process_cpu_time_ns_total") / 1e9 / seconds
                    / after.getOrDefault("system_cpu_count", 1.0);
            double rss = after.getOrDefault("civic_process_resident_bytes", Double.NaN) / 1e6;
            out.printf(Locale.ROOT, "%5d %8d %8.0f %8.0f %9.0f %9.0f %7d %6.3f %8.1f %8.0f%n", calls,
                    results.latencies.size(), percentile(results.latencies, 50), percentile(results.latencies, 95),
                    percentile(results.stops, 50), percentile(results.stops, 95), results.misses.get(), rtf, cpu, rss);
            json.add(String.format(Locale.ROOT, "{\"calls\":%d,\"turns\":%d,\"p50Ms\":%.0f,\"p95Ms\":%.0f,"
                    + "\"bargeInStopP50Ms\":%.0f,\"bargeInStopP95Ms\":%.0f,\"failedTurns\":%d,\"recognizerRtf\":%.3f,"
                    + "\"cpuPercent\":%.1f,\"residentMb\":%.0f}", calls, results.latencies.size(),
                    percentile(results.latencies, 50), percentile(results.latencies, 95), percentile(results.stops, 50),
                    percentile(results.stops, 95), results.misses.get(), rtf, cpu, rss));
        }
        out.println("[" + String.join(",", json) + "]");
        return 0;
    }

    private record Results(List<Double> latencies, List<Double> stops, AtomicInteger misses) {
    }

    /** A caller's recorded question and where its speech starts and ends inside the recording. */
    private record Clip(short[] samples, long leadingNanos, long trailingNanos) {

        private static final int WHISPER = 500;

        static Clip of(short[] samples) {
            int first = 0;
            while (first < samples.length && Math.abs(samples[first]) < WHISPER) {
                first++;
            }
            int last = samples.length - 1;
            while (last > first && Math.abs(samples[last]) < WHISPER) {
                last--;
            }
            return new Clip(samples, nanos(first), nanos(samples.length - 1 - last));
        }

        private static long nanos(int samples) {
            return samples * 1_000_000_000L / 8000;
        }
    }

    private Results runCalls(int calls, int turns, int agiPort, int audioPort, List<Clip> questions)
            throws InterruptedException {
        Results results = new Results(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()), new AtomicInteger());
        CountDownLatch done = new CountDownLatch(calls);
        for (int i = 0; i < calls; i++) {
            int caller = i;
            Thread thread = new Thread(() -> {
                try {
                    Thread.sleep(caller * 400L); // callers do not dial in lockstep
                    call(caller, turns, agiPort, audioPort, questions, results);
                } catch (Exception e) {
                    results.misses.incrementAndGet();
                    out.println("call " + caller + " failed: " + e);
                } finally {
                    done.countDown();
                }
            }, "bench-call-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        return results;
    }

    private static void call(int caller, int turns, int agiPort, int audioPort, List<Clip> questions,
            Results results) throws Exception {
        AgiClient agi = new AgiClient(agiPort, String.format(Locale.ROOT, "010%08d", caller));
        String botUuid = agi.start();
        if (botUuid == null) {
            throw new IllegalStateException("start set no BOT_UUID");
        }
        try (AudioSocketCaller line = AudioSocketCaller.dial(audioPort, botUuid, 8000)) {
            if (line.awaitBotSpeech(0, Duration.ofMillis(1), TURN_LIMIT).isEmpty()) {
                throw new IllegalStateException("no greeting");
            }
            Thread.sleep(LISTEN_MILLIS);
            for (int turn = 0; turn < turns; turn++) {
                Clip question = questions.get((caller + turn) % questions.size());
                long queued = System.nanoTime();
                long lastFrame = line.sayAndWait(question.samples());
                long spoke = queued + question.leadingNanos();
                long said = lastFrame - question.trailingNanos();
                stopTime(line, spoke, lastFrame).ifPresent(results.stops::add);
                long answered = firstNewSpeech(line, said);
                if (answered == 0) {
                    results.misses.incrementAndGet();
                } else {
                    results.latencies.add((answered - said) / 1e6);
                }
                Thread.sleep(LISTEN_MILLIS);
            }
        } finally {
            agi.route();
        }
    }

    /** From the caller starting to talk over the bot to the bot's last frame while the caller talked. */
    private static java.util.Optional<Double> stopTime(AudioSocketCaller line, long spoke, long said) {
        List<AudioSocketCaller.Received> during = line.audioSince(spoke).stream().filter(f -> f.at() <= said).toList();
        boolean botWasTalking = line.audioSince(spoke - 100_000_000).stream().anyMatch(f -> f.at() <= spoke);
        if (!botWasTalking || during.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of((during.get(during.size() - 1).at() - spoke) / 1e6);
    }

    /** The first frame of a new utterance after {@code since}: after a gap, not the tail of the last one. */
    private static long firstNewSpeech(AudioSocketCaller line, long since) throws InterruptedException {
        long deadline = System.nanoTime() + TURN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            long previous = since - NEW_SPEECH_GAP_NANOS;
            for (AudioSocketCaller.Received frame : line.audioSince(since - NEW_SPEECH_GAP_NANOS)) {
                if (frame.at() > since && frame.at() - previous >= NEW_SPEECH_GAP_NANOS) {
                    return frame.at();
                }
                previous = frame.at();
            }
            Thread.sleep(5);
        }
        return 0;
    }

    private static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double delta(Map<String, Double> after, Map<String, Double> before, String name) {
        return after.getOrDefault(name, Double.NaN) - before.getOrDefault(name, 0.0);
    }

    /** Sums each metric's samples over their labels (e.g. JVM memory pools). */
    private static Map<String, Double> scrape(URI prometheus) {
        Map<String, Double> values = new HashMap<>();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(prometheus).timeout(Duration.ofSeconds(10));
            String user = System.getenv("CIVIC_ADMIN_USERNAME");
            String password = System.getenv("CIVIC_ADMIN_PASSWORD");
            if (user != null && password != null) {
                request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String line : response.body().split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String name = line.replaceAll("[{ ].*", "");
                String[] parts = line.split(" ");
                values.merge(name, Double.parseDouble(parts[parts.length - 1]), Double::sum);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            values.clear();
        } catch (Exception e) {
            values.clear(); // figures print as NaN when the server cannot be read
        }
        return values;
    }
}
