package city.civic.integrations.cctv;

import city.civic.integrations.CctvIncidents;
import city.civic.integrations.CctvIncidents.CctvEventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The port over what the transports delivered: each {@link OnvifEvent} is checked (retained replays
 * and replays on subscription dropped, topic and camera mapped, clock skew flagged, repeats merged) and kept in memory; the
 * dialog asks {@link #recent}. Several feeds (the MQTT broker, each PullPoint device) may deliver
 * into one store; awareness is known only while every one of them is, since a silent device could be
 * the one covering the citizen's site.
 */
public final class RecentCctvIncidents implements CctvIncidents {

    private static final Logger log = LoggerFactory.getLogger(RecentCctvIncidents.class);

    private final TopicMapping topics;
    private final CameraSites cameras;
    private final RecentEvents events;
    private final FeedState feed;
    private final Map<String, FeedState> feeds;
    private final Duration maxClockSkew;

    /** One feed, e.g. the MQTT broker. */
    public RecentCctvIncidents(TopicMapping topics, CameraSites cameras, FeedState feed, Settings settings) {
        this(topics, cameras, Map.of("mqtt", feed), settings);
    }

    /** @param feeds by name (for health), in order; the first is {@link #feed()} */
    public RecentCctvIncidents(TopicMapping topics, CameraSites cameras, Map<String, FeedState> feeds,
            Settings settings) {
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("at least one feed");
        }
        this.topics = topics;
        this.cameras = cameras;
        this.feeds = Collections.unmodifiableMap(new LinkedHashMap<>(feeds));
        this.feed = this.feeds.values().iterator().next();
        this.events = new RecentEvents(settings.retention(), settings.maxPerSite(), settings.duplicateWindow());
        this.maxClockSkew = settings.maxClockSkew();
    }

    public record Settings(Duration retention, int maxPerSite, Duration duplicateWindow, Duration maxClockSkew) {
    }

    /** What the transport of the first feed received, in order of arrival. */
    public void accept(OnvifEvent event) {
        accept(event, feed);
    }

    /** What the transport of {@code feed} received, in order of arrival. */
    public void accept(OnvifEvent event, FeedState feed) {
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
        boolean known = feeds.values().stream().allMatch(f -> f.known(now));
        Instant coveredSince = known
                ? feeds.values().stream().map(f -> f.coveredSince(now)).max(Comparator.naturalOrder()).orElseThrow()
                : null;
        return new CctvAwareness(known, events.since(cctvSite, now.minus(within), now), coveredSince);
    }

    /** The first feed. */
    public FeedState feed() {
        return feed;
    }

    public Map<String, FeedState> feeds() {
        return feeds;
    }

    /** Opaque and stable: the rule and object ids stay inside this module. */
    private static String id(String key, Instant at) {
        return "cctv-" + UUID.nameUUIDFromBytes((key + "|" + at).getBytes(StandardCharsets.UTF_8));
    }
}
