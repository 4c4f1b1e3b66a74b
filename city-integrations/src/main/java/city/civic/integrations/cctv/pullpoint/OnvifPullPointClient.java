package city.civic.integrations.cctv.pullpoint;

import city.civic.integrations.cctv.FeedState;
import city.civic.integrations.cctv.RecentCctvIncidents;
import city.civic.integrations.cctv.pullpoint.PullPointMessages.Action;
import city.civic.integrations.cctv.pullpoint.PullPointMessages.Subscription;
import city.civic.integrations.cctv.pullpoint.PullPointMessages.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * One device's events by PullPoint (ONVIF Core, "Real-time Pull-Point Notification Interface"), on
 * its own thread: {@code CreatePullPointSubscription}, then {@code SetSynchronizationPoint} so the
 * device re-sends its current property states, then {@code PullMessages} in a loop, {@code Renew}
 * well before the {@code TerminationTime}; {@code Unsubscribe} on close. Any fault, HTTP error or
 * timeout loses the subscription: the feed is "unknown" until a new one is created, after a back-off
 * with jitter. Events go through the same {@link RecentCctvIncidents#accept} as MQTT's.
 */
public final class OnvifPullPointClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OnvifPullPointClient.class);

    /**
     * @param name the producer of its events (camera-to-site keys {@code name/videoSource})
     * @param url the device's event service, e.g. {@code http://10.0.0.5/onvif/event_service}
     * @param username null when the device needs no WS-Security UsernameToken
     */
    public record Device(String name, String url, String username, String password) {
    }

    /**
     * @param subscriptionTime asked as InitialTerminationTime and by each Renew; renewed at half of it
     * @param pullTimeout how long the device may hold a PullMessages open when it has nothing
     * @param requestTimeout what an answer may take beyond that
     */
    public record Timing(Duration subscriptionTime, Duration pullTimeout, int messageLimit, Duration requestTimeout,
            Duration initialBackoff, Duration maxBackoff) {
    }

    private final Device device;
    private final Timing timing;
    private final RecentCctvIncidents incidents;
    private final FeedState feed;
    private final SoapHttp soap;
    private final Thread thread;
    private volatile boolean closed;
    private Subscription subscription;
    private long expiresAtNanos;
    private Duration deviceClockOffset = Duration.ZERO;
    private int failedAttempts;

    public OnvifPullPointClient(Device device, Timing timing, RecentCctvIncidents incidents, FeedState feed) {
        this.device = device;
        this.timing = timing;
        this.incidents = incidents;
        this.feed = feed;
        this.soap = new SoapHttp(timing.requestTimeout());
        this.thread = new Thread(this::run, "cctv-pullpoint-" + device.name());
        thread.setDaemon(true);
    }

    /** Subscribes in the background; start-up never waits for the device. */
    public OnvifPullPointClient start() {
        thread.start();
        return this;
    }

    private void run() {
        while (!closed) {
            try {
                if (subscription == null) {
                    subscribe();
                } else if (remaining().compareTo(timing.subscriptionTime().dividedBy(2)) < 0) {
                    renew();
                }
                pull();
            } catch (PullPointException e) {
                lost(e.getMessage());
                if (!pause(backoff())) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void subscribe() throws PullPointException, InterruptedException {
        var created = PullPointMessages.created(call(device.url(), List.of(), Action.CREATE,
                PullPointMessages.create(timing.subscriptionTime()), timing.requestTimeout()));
        subscription = created.subscription();
        extend(created.times());
        feed.markConnected();
        failedAttempts = 0;
        log.info("cctv.pullpoint.subscribed device={} terminationTime={}", device.name(),
                created.times().terminationTime());
        try {
            call(Action.SYNCHRONIZE, PullPointMessages.synchronize(), timing.requestTimeout());
        } catch (PullPointException e) {
            // the subscription works without it; only the states already true are not re-sent
            log.warn("cctv.pullpoint.synchronization.failed device={} cause={}", device.name(), e.getMessage());
        }
    }

    private void renew() throws PullPointException, InterruptedException {
        if (remaining().isNegative()) {
            throw new PullPointException("subscription expired before it was renewed");
        }
        extend(PullPointMessages.renewed(call(Action.RENEW, PullPointMessages.renew(timing.subscriptionTime()),
                timing.requestTimeout())));
        log.debug("cctv.pullpoint.renewed device={}", device.name());
    }

    private void pull() throws PullPointException, InterruptedException {
        var pulled = PullPointMessages.pulled(call(Action.PULL,
                PullPointMessages.pull(timing.pullTimeout(), timing.messageLimit()),
                timing.pullTimeout().plus(timing.requestTimeout())), device.name());
        if (pulled.times().terminationTime() != null) {
            extend(pulled.times());
        }
        feed.heartbeat();
        for (var event : pulled.events()) {
            try {
                incidents.accept(event, feed);
            } catch (RuntimeException e) {
                log.warn("cctv.message.rejected device={} topic={} cause={}", device.name(), event.topic(), e.toString());
            }
        }
    }

    /** The subscription's end by the device's clock, carried over to ours by the device's CurrentTime. */
    private void extend(Times times) {
        Instant deviceNow = times.currentTime() != null ? times.currentTime() : Instant.now();
        deviceClockOffset = Duration.between(Instant.now(), deviceNow);
        Duration left = times.terminationTime() == null ? timing.subscriptionTime()
                : Duration.between(deviceNow, times.terminationTime());
        expiresAtNanos = System.nanoTime() + left.toNanos();
    }

    private Duration remaining() {
        return Duration.ofNanos(expiresAtNanos - System.nanoTime());
    }

    private Document call(Action action, String body, Duration timeout)
            throws PullPointException, InterruptedException {
        return call(subscription.address(), subscription.referenceParameters(), action, body, timeout);
    }

    private Document call(String url, List<String> referenceParameters, Action action, String body, Duration timeout)
            throws PullPointException, InterruptedException {
        String security = device.username() == null || device.username().isBlank() ? null
                : UsernameToken.header(device.username(), device.password(), Instant.now().plus(deviceClockOffset));
        return soap.post(url, action, PullPointMessages.envelope(action, url, referenceParameters, security, body),
                timeout);
    }

    private void lost(String reason) {
        subscription = null;
        feed.markDisconnected(reason);
        log.warn("cctv.pullpoint.lost device={} attempt={} cause={}", device.name(), failedAttempts + 1, reason);
    }

    private Duration backoff() {
        long base = Math.min(timing.maxBackoff().toMillis(),
                timing.initialBackoff().toMillis() << Math.min(failedAttempts, 20));
        failedAttempts++;
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops pulling and, if a subscription is open, unsubscribes (the device would keep it until it expires). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(timing.requestTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (subscription != null && !thread.isAlive()) {
            try {
                call(Action.UNSUBSCRIBE, PullPointMessages.unsubscribe(), timing.requestTimeout());
                log.info("cctv.pullpoint.unsubscribed device={}", device.name());
            } catch (PullPointException | InterruptedException e) {
                log.debug("cctv.pullpoint.unsubscribe.failed device={} cause={}", device.name(), e.toString());
            }
        }
        feed.markDisconnected("closed");
    }
}
