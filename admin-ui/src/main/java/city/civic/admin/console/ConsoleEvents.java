package city.civic.admin.console;

import city.civic.admin.tickets.TicketDesk;
import city.civic.admin.tickets.TicketFilter;
import city.civic.tickets.Ticket;
import city.civic.tickets.TicketFiled;
import city.civic.tickets.TicketStatusChanged;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes tickets to the open console pages over server-sent events. A filed ticket goes to every page whose
 * filters it matches (event {@code ticket-filed}); a changed one to every page (event {@code ticket-<id>}, which
 * only that ticket's card listens to). Events are handled after their transaction commits, and rendering and
 * sending happen on one worker thread, so neither a citizen's turn nor an operator's change waits for a slow page.
 */
final class ConsoleEvents implements SmartLifecycle {

    static final String FILED = "ticket-filed";
    private static final Logger log = LoggerFactory.getLogger(ConsoleEvents.class);

    private final TicketDesk desk;
    private final ConsoleCards cards;
    private final Duration timeout;
    private final Duration heartbeat;
    private final List<Page> pages = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService worker;

    ConsoleEvents(TicketDesk desk, ConsoleCards cards, Duration timeout, Duration heartbeat) {
        this.desk = desk;
        this.cards = cards;
        this.timeout = timeout;
        this.heartbeat = heartbeat;
    }

    /** An open console page: its filters, language, CSRF token (for the cards' buttons) and context path. */
    private record Page(SseEmitter emitter, TicketFilter filter, Locale locale, CsrfToken csrf, String base) {
    }

    SseEmitter subscribe(TicketFilter filter, Locale locale, CsrfToken csrf, String base) {
        var emitter = new SseEmitter(timeout.toMillis());
        var page = new Page(emitter, filter, locale, csrf, base);
        emitter.onCompletion(() -> pages.remove(page));
        emitter.onTimeout(() -> {
            pages.remove(page);
            emitter.complete();
        });
        emitter.onError(e -> pages.remove(page));
        pages.add(page);
        // Tells the page (and tests) that the stream is open: nothing filed from now on is missed.
        send(page, SseEmitter.event().name("ready").data("ok"));
        return emitter;
    }

    int openPages() {
        return pages.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void filed(TicketFiled event) {
        later(() -> push(event.ticketId(), true));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TicketStatusChanged event) {
        later(() -> push(event.ticketId(), false));
    }

    private void push(String ticketId, boolean filed) {
        if (pages.isEmpty()) {
            return;
        }
        Ticket ticket = desk.ticket(ticketId).orElse(null);
        if (ticket == null) {
            return;
        }
        for (Page page : pages) {
            if (!filed || page.filter().matches(ticket)) {
                String html = cards.render(ticket, filed, page.locale(), page.csrf(), page.base());
                send(page, SseEmitter.event().name(filed ? FILED : "ticket-" + ticket.id()).data(html));
            }
        }
        log.debug("console.pushed ticket={} filed={} pages={}", ticketId, filed, pages.size());
    }

    private void send(Page page, SseEmitter.SseEventBuilder event) {
        try {
            page.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            // The page went away; the emitter's callbacks may not run on every server.
            pages.remove(page);
        }
    }

    private synchronized void later(Runnable task) {
        if (worker != null) {
            worker.execute(() -> guarded(task));
        }
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("console.push_failed", e);
        }
    }

    @Override
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "console-events");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(() -> pages.forEach(page -> send(page, SseEmitter.event().comment("alive"))),
                heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Before the web server's graceful shutdown (a later phase stops first), so open streams do not hold it up. */
    @Override
    public synchronized void stop() {
        pages.forEach(page -> page.emitter().complete());
        pages.clear();
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
