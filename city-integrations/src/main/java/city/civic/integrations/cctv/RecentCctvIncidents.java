package city.civic.integrations.cctv;

import city.civic.integrations.CctvIncidents;
import city.civic.integrations.CctvIncidents.CctvEventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The port over what a transport delivered: each {@link OnvifEvent} is checked (retained replays
 * and replays on subscription dropped, topic and camera mapped, clock skew flagged, repeats merged) and kept in memory; the
 * dialog asks {@link #recent}.
 */
public final class RecentCctvIncidents implements CctvIncidents {

    private static final Logger log = LoggerFactory.getLogger(RecentCctvIncidents.class);

    private final TopicMapping topics;
    private final CameraSites cameras;
    private final RecentEvents events;
    private final FeedState feed;
    private final Duration maxClockSkew;

    public RecentCctvIncidents(TopicMapping topics, CameraSites cameras, FeedState feed, Settings settings) {
        this.topics = topics;
        this.cameras = cameras;
        this.feed = feed;
        this.events = new RecentEvents(settings.retention(), settings.maxPerSite(), settings.duplicateWindow());
        this.maxClockSkew = settings.maxClockSkew();
    }

    public record Settings(Duration retention, int maxPerSite, Duration duplicateWindow, Duration maxClockSkew) {
    }

    /** What the transport received, in order of arrival. */
    public void accept(OnvifEvent event) {
        Instant now = feed.clock().instant();
        feed.messageReceived(now);
        if (event.retained() || feed.replayedOnSubscribe(event.utcTime(), now)) {
            // a retained event is the past replayed to a new subscriber as if it were happening now
            feed.staleDropped.incrementAndGet();
            log.debug("cctv.stale.dropped producer={} topic={}", event.producer(), event.topic());
            return;
        }
        Optional<CctvEventType> type = topics.typeOf(event.topic());
        Optional<String> site = cameras.siteOf(event.producer(), event.videoSource());
        if (type.isEmpty() || site.isEmpty() || !event.occurrence()) {
            return;
        }
        Instant at = event.utcTime();
        boolean skewed = at == null || Duration.between(at, now).abs().compareTo(maxClockSkew) > 0;
        if (skewed) {
            feed.skewed.incrementAndGet();
            log.warn("cctv.clock.skew producer={} cameraTime={} receivedAt={}", event.producer(), at, now);
            at = now;
        }
        String key = String.join("|", event.producer(), event.videoSource(), event.rule(), event.objectId(),
                type.get().name());
        var kept = new CctvEvent(id(key, at), site.get(), type.get(), at, skewed);
        if (events.add(key, kept, now)) {
            feed.eventKept(now);
            log.info("cctv.event site={} type={} at={} id={}", kept.cctvSite(), kept.type(), kept.at(), kept.id());
        } else {
            feed.duplicates.incrementAndGet();
        }
    }

    @Override
    public CctvAwareness recent(String cctvSite, Duration within) {
        Instant now = feed.clock().instant();
        return new CctvAwareness(feed.known(now), events.since(cctvSite, now.minus(within), now),
                feed.coveredSince(now));
    }

    public FeedState feed() {
        return feed;
    }

    /** Opaque and stable: the rule and object ids stay inside this module. */
    private static String id(String key, Instant at) {
        return "cctv-" + UUID.nameUUIDFromBytes((key + "|" + at).getBytes(StandardCharsets.UTF_8));
    }
}
