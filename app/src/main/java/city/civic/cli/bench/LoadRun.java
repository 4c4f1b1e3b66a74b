package city.civic.cli.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs every conversation as its own closed loop on a small scheduler: the next message goes out one
 * interval after the previous one was sent, or as soon as its reply arrives if that took longer. No
 * thread waits on a reply, so a few threads carry hundreds of conversations. Only turns sent after the
 * warm-up are measured; no turn is sent after the end.
 */
final class LoadRun {

    /** After a failure a conversation waits at least this long, so a refusing server is not hammered. */
    private static final long ERROR_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ScheduledExecutorService scheduler;
    private final TurnMix turns;
    private final java.util.concurrent.atomic.AtomicLong serial = new java.util.concurrent.atomic.AtomicLong();
    private final long intervalNanos;
    private final Map<String, TransportStats> stats;
    private final Random random = new Random(42); // the same offsets and stagger on every run
    private long warmupEnds;
    private long ends;
    private CountDownLatch stopped;

    LoadRun(ScheduledExecutorService scheduler, TurnMix turns, Duration interval, Map<String, TransportStats> stats) {
        this.scheduler = scheduler;
        this.turns = turns;
        this.intervalNanos = interval.toNanos();
        this.stats = stats;
    }

    /** Returns whether every loop stopped within {@code drain} after the end. */
    boolean run(List<TurnSession> sessions, Duration warmup, Duration duration, Duration drain)
            throws InterruptedException {
        stopped = new CountDownLatch(sessions.size());
        long start = System.nanoTime();
        warmupEnds = start + warmup.toNanos();
        ends = warmupEnds + duration.toNanos();
        for (TurnSession session : sessions) {
            TransportStats tally = stats.get(session.transport());
            int offset = random.nextInt(turns.size());
            // First sends are spread over one interval so the conversations do not move in lockstep.
            long stagger = intervalNanos == 0 ? 0 : (long) (random.nextDouble() * intervalNanos);
            scheduler.schedule(() -> turn(session, tally, offset), stagger, TimeUnit.NANOSECONDS);
        }
        return stopped.await(ends - System.nanoTime() + drain.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void turn(TurnSession session, TransportStats tally, int index) {
        long sent = System.nanoTime();
        if (sent - ends >= 0) {
            stopped.countDown();
            return;
        }
        CompletableFuture<Void> reply;
        try {
            reply = session.send(turns.text(index, serial.incrementAndGet()));
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        reply.whenComplete((ok, failure) -> {
            long done = System.nanoTime();
            if (sent - warmupEnds < 0) {
                (failure == null ? tally.warmupAnswered : tally.warmupFailed).increment();
            } else if (failure == null) {
                tally.latency.record(done - sent);
            } else {
                tally.error(TurnFailure.kindOf(failure));
            }
            long next = sent + (failure == null ? intervalNanos : Math.max(intervalNanos, ERROR_PAUSE_NANOS));
            // Always via the scheduler: a reply that is already complete must not recurse on this stack.
            scheduler.schedule(() -> turn(session, tally, index + 1), Math.max(0, next - done), TimeUnit.NANOSECONDS);
        });
    }
}
