package city.civic.tickets.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs delivery and status synchronisation in the background while the application runs. */
public final class TicketDeliveryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TicketDeliveryScheduler.class);

    private final TicketDelivery delivery;
    private final TicketStatusSync statusSync;
    private final Duration deliveryInterval;
    private final Duration statusInterval;
    private ScheduledExecutorService executor;

    public TicketDeliveryScheduler(TicketDelivery delivery, TicketStatusSync statusSync, Duration deliveryInterval,
            Duration statusInterval) {
        this.delivery = delivery;
        this.statusSync = statusSync;
        this.deliveryInterval = deliveryInterval;
        this.statusInterval = statusInterval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "ticket-delivery");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> guarded("delivery", delivery::deliverDue), 0,
                deliveryInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> guarded("status", statusSync::synchronize), statusInterval.toMillis(),
                statusInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failing pass (database briefly away) must not cancel the schedule. */
    private static void guarded(String what, Runnable pass) {
        try {
            pass.run();
        } catch (RuntimeException e) {
            log.error("ticket.{}.pass_failed", what, e);
        }
    }

    private static void guarded(String what, java.util.function.IntSupplier pass) {
        guarded(what, (Runnable) pass::getAsInt);
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
