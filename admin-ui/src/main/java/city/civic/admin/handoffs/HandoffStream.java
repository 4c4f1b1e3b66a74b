package city.civic.admin.handoffs;

import city.civic.dialog.HandoffChanged;
import city.civic.dialog.HandoffMessageAdded;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates for the hand-offs page, as server-sent events: {@code queue} when a hand-off is asked for, picked
 * up or ended (the page reloads its list), {@code message} when the conversation a page shows has a new message
 * (the page fetches what it has not shown yet). Events carry no personal data; the pages fetch it, masked.
 * Sending happens on one thread of its own, so a slow counsellor's connection never holds up a citizen's turn.
 */
@Component
class HandoffStream {

    static final String QUEUE = "queue";
    static final String MESSAGE = "message";
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "handoff-events");
        thread.setDaemon(true);
        return thread;
    });

    /** A page's subscription; the browser reconnects after the lifetime or a drop (htmx's SSE extension). */
    private record Subscriber(SseEmitter emitter, String conversationId) {
    }

    HandoffStream() {
        long every = KEEP_ALIVE.toMillis();
        sender.scheduleAtFixedRate(() -> send(s -> true, () -> SseEmitter.event().comment("keep-alive")), every, every,
                TimeUnit.MILLISECONDS);
    }

    /** @param conversationId the conversation the page shows, or null for the list only */
    SseEmitter subscribe(String conversationId) {
        var emitter = new SseEmitter(LIFETIME.toMillis());
        var subscriber = new Subscriber(emitter, conversationId);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        dispatch(() -> send(subscriber, SseEmitter.event().reconnectTime(3000).comment("connected")));
        return emitter;
    }

    @EventListener
    void changed(HandoffChanged event) {
        dispatch(() -> send(s -> true, () -> SseEmitter.event().name(QUEUE).data(event.status().code())));
    }

    @EventListener
    void added(HandoffMessageAdded event) {
        String conversationId = event.conversationId();
        dispatch(() -> send(s -> conversationId.equals(s.conversationId()),
                () -> SseEmitter.event().name(MESSAGE).data(event.entry().role())));
    }

    /** Open streams would hold a graceful shutdown for its whole grace period. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
        sender.shutdownNow();
    }

    /** Never fails the caller: a citizen's turn or a counsellor's action publishes the events. */
    private void dispatch(Runnable sending) {
        try {
            sender.execute(sending);
        } catch (RejectedExecutionException e) {
            // shutting down: the pages reconnect to another instance or after the restart
        }
    }

    /** An event is built per subscriber: a built event cannot be sent twice. */
    private void send(Predicate<Subscriber> to, Supplier<SseEmitter.SseEventBuilder> event) {
        for (Subscriber subscriber : subscribers) {
            if (to.test(subscriber)) {
                send(subscriber, event.get());
            }
        }
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(subscriber); // the page went away; the container completes the emitter
        }
    }
}
