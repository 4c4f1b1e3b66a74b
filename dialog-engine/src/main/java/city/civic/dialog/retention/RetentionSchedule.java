package city.civic.dialog.retention;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs {@link Retention} in the background, a first time a minute after start, then every interval. */
public final class RetentionSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final Retention retention;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public RetentionSchedule(Retention retention, Duration interval) {
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, FIRST_RUN.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A failed pass (database briefly away) is logged and tried again next time. */
    private void runOnce() {
        try {
            retention.purge();
        } catch (RuntimeException e) {
            log.error("retention.pass_failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
