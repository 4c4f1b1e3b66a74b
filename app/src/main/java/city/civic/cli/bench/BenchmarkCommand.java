package city.civic.cli.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code benchmark [--url=..[,..]] [--conversations=200] [--interval-ms=2000] [--duration-s=60] [--warmup-s=10]
 * [--transport=rest|ws|both] [--mix=faq|faq-repeat]}: opens the conversations (not timed), has each send FAQ and
 * small-talk turns in a closed loop for warm-up plus duration, and prints throughput, latency
 * percentiles (send to full reply) and errors by kind; the last line is a JSON object. Exits 0 when
 * under 1 % of the turns failed, else 1 (2 for bad options).
 *
 * <p>The server's rate limits (per conversation a burst of 10 refilled at 1/s; per address a burst of 60
 * at 20/s, and 30 new conversations a minute) would refuse most of this load from one address, so run
 * it against a server started with them raised: {@code --civic.chat.messages-per-address-per-second=100000
 * --civic.chat.messages-per-address=100000 --civic.chat.messages-per-conversation=100000
 * --civic.chat.conversations-per-address-per-minute=100000}. Refusals are not retried: they count as
 * errors ("http 429" over REST, "ws rate_limited" over STOMP, "setup http 429" when opening).
 */
public final class BenchmarkCommand {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SETUP_LIMIT = Duration.ofSeconds(60);
    private static final int SETUP_BATCH = 50;

    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();

    public BenchmarkCommand(PrintStream out) {
        this.out = out;
    }

    public int run(String[] args) throws InterruptedException {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            boolean help = List.of(args).contains("--help");
            out.println(help ? BenchmarkOptions.USAGE : e.getMessage() + "\n" + BenchmarkOptions.USAGE);
            return help ? 0 : 2;
        }
        avoidThreadPerReply();
        ScheduledExecutorService loops = Executors.newScheduledThreadPool(2, daemon("benchmark-loop-"));
        // A fixed pool bounds the client's own threads (its default pool grows when the CPU is short).
        // Daemon threads: Java 17's HttpClient cannot be closed and must not keep the JVM alive.
        ExecutorService io = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemon("benchmark-io-"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .executor(io).build();
        Map<String, TransportStats> stats = new LinkedHashMap<>();
        if (options.stompConversations() < options.conversations()) {
            stats.put("rest", new TransportStats());
        }
        if (options.stompConversations() > 0) {
            stats.put("ws", new TransportStats());
        }
        List<TurnSession> sessions = List.of();
        try {
            out.printf(Locale.ROOT, "benchmark %s: %d conversations over %s, interval %d ms, warm-up %d s, duration %d s%n",
                    urls(options), options.conversations(), options.transport(), options.interval().toMillis(),
                    options.warmup().toSeconds(), options.duration().toSeconds());
            sessions = open(options, new RestDriver(http, options.urls(), json, TIMEOUT),
                    new StompDriver(options.urls(), TIMEOUT), stats);
            if (!sessions.isEmpty()) {
                var run = new LoadRun(loops, TurnMix.named(options.mix()), options.interval(), stats);
                if (!run.run(sessions, options.warmup(), options.duration(), TIMEOUT)) {
                    out.println("some turns were still unanswered after the drain and are not counted");
                }
            }
            return new BenchmarkReport(out, json).print(options, sessions.size(), stats);
        } finally {
            CompletableFuture.allOf(sessions.stream().map(TurnSession::close).toArray(CompletableFuture[]::new))
                    .completeOnTimeout(null, 3, TimeUnit.SECONDS).exceptionally(e -> null).join();
            loops.shutdownNow();
            // Java 17's HttpClient has no close(); its idle keep-alive connections go with the JVM.
        }
    }

    /** Opens the conversations in batches, not timed; a failure is counted and that conversation left out. */
    private List<TurnSession> open(BenchmarkOptions options, RestDriver rest, StompDriver stomp,
            Map<String, TransportStats> stats) {
        long started = System.nanoTime();
        long deadline = started + SETUP_LIMIT.toNanos();
        int total = options.conversations();
        int firstStomp = total - options.stompConversations();
        List<TurnSession> sessions = Collections.synchronizedList(new ArrayList<>());
        for (int from = 0; from < total && System.nanoTime() - deadline < 0; from += SETUP_BATCH) {
            var batch = new ArrayList<CompletableFuture<TurnSession>>();
            for (int i = from; i < Math.min(total, from + SETUP_BATCH); i++) {
                boolean overStomp = i >= firstStomp;
                TransportStats tally = stats.get(overStomp ? "ws" : "rest");
                int instance = i;
                CompletableFuture<TurnSession> session = overStomp
                        ? rest.open(instance).thenCompose(opened -> stomp.connect(opened, instance))
                        : rest.open(instance).thenApply(rest::session);
                batch.add(session.whenComplete((opened, failure) -> {
                    if (failure == null) {
                        sessions.add(opened);
                    } else {
                        tally.error("setup " + TurnFailure.kindOf(failure));
                    }
                }));
            }
            // Each step has its own timeout, so a batch cannot hang.
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).handle((ok, failure) -> null).join();
        }
        out.printf(Locale.ROOT, "opened %d of %d conversations in %.1f s%n", sessions.size(), total,
                (System.nanoTime() - started) / 1e9);
        if (sessions.isEmpty()) {
            out.println("no conversation could be opened; is the server running at " + urls(options) + "?");
        }
        return List.copyOf(sessions);
    }

    private static String urls(BenchmarkOptions options) {
        return String.join(",", options.urls().stream().map(URI::toString).toList());
    }

    /**
     * Java 17's HttpClient completes every response on the common pool, and where that pool would have
     * one thread (2 cores) CompletableFuture starts a new thread per task instead, which skews a
     * saturation run. This command owns its JVM, so ask for two unless the user chose otherwise; it only
     * takes effect if nothing has used the common pool yet.
     */
    private static void avoidThreadPerReply() {
        String parallelism = "java.util.concurrent.ForkJoinPool.common.parallelism";
        if (System.getProperty(parallelism) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(parallelism, "2");
        }
    }

    private static ThreadFactory daemon(String prefix) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
