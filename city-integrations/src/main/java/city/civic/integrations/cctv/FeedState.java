package city.civic.integrations.cctv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the event feed can be trusted to be complete right now: connected and subscribed, for at
 * least {@code settle} (the devices' synchronisation and any backlog have arrived), and not silent
 * for longer than {@code silentAfter} (a subscription the broker lost without telling us looks
 * exactly like a quiet city).
 */
public final class FeedState {

    /** For health and operators. */
    public record Snapshot(boolean connected, Instant connectedSince, Instant lastMessageAt, Instant lastEventAt,
            long reconnects, long duplicates, long staleDropped, long skewed, String lastError) {
    }

    private final Clock clock;
    private final Duration settle;
    private final Duration silentAfter;
    private volatile Instant connectedSince;
    private volatile Instant lastMessageAt;
    private volatile Instant lastEventAt;
    private volatile String lastError;
    private final AtomicLong connections = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong staleDropped = new AtomicLong();
    final AtomicLong skewed = new AtomicLong();

    public FeedState(Clock clock, Duration settle, Duration silentAfter) {
        this.clock = clock;
        this.settle = settle;
        this.silentAfter = silentAfter;
    }

    /** Connected and subscribed. */
    public void markConnected() {
        connections.incrementAndGet();
        lastError = null;
        connectedSince = clock.instant();
    }

    public void markDisconnected(String reason) {
        connectedSince = null;
        lastError = reason;
    }

    void messageReceived(Instant at) {
        lastMessageAt = at;
    }

    /** Proof of life without an event: an ONVIF PullMessages answer, even an empty one. */
    public void heartbeat() {
        lastMessageAt = clock.instant();
    }

    void eventKept(Instant at) {
        lastEventAt = at;
    }

    public boolean isConnected() {
        return connectedSince != null;
    }

    public boolean known(Instant now) {
        Instant since = connectedSince;
        if (since == null || now.isBefore(since.plus(settle))) {
            return false;
        }
        Instant lastHeard = lastMessageAt == null || lastMessageAt.isBefore(since) ? since : lastMessageAt;
        return !now.isAfter(lastHeard.plus(silentAfter));
    }

    /**
     * An event stamped before we subscribed, arriving while settling: a replay of the past (a retained
     * message; some brokers, Moquette 0.17 among them, deliver those without the retain flag).
     */
    boolean replayedOnSubscribe(Instant eventTime, Instant now) {
        Instant since = connectedSince;
        return since != null && eventTime != null && now.isBefore(since.plus(settle)) && eventTime.isBefore(since);
    }

    /** Since when events have been received without a gap; null while not {@link #known}. */
    public Instant coveredSince(Instant now) {
        return known(now) ? connectedSince : null;
    }

    public Snapshot snapshot() {
        return new Snapshot(isConnected(), connectedSince, lastMessageAt, lastEventAt,
                Math.max(0, connections.get() - 1), duplicates.get(), staleDropped.get(), skewed.get(), lastError);
    }

    Clock clock() {
        return clock;
    }

    Duration silentAfter() {
        return silentAfter;
    }
}
