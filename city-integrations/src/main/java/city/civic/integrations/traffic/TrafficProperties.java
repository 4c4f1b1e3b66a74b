package city.civic.integrations.traffic;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live traffic. The embedded default runs both feeds' simulators on loopback; {@code live} needs
 * the keys (checked at start-up).
 *
 * @param mode {@code simulator} (default) or {@code live}
 * @param timeout per HTTP call, connect and answer
 * @param speedRefresh a successful speed answer is reused this long (the feeds publish 5-minute
 *        aggregates; the ITS development quota is 1,000 calls a day)
 * @param incidentRefresh the same for incidents
 * @param staleAfter observations older than this are marked stale
 * @param maxAge observations older than this are never used, from the source or from the cache
 * @param retryBackoff pause before the single retry of a transient failure, jittered ±50 %
 * @param zone the feeds' local time
 */
@Validated
@ConfigurationProperties("civic.integrations.traffic")
public record TrafficProperties(
        @DefaultValue("simulator") Mode mode,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("5m") Duration speedRefresh,
        @DefaultValue("3m") Duration incidentRefresh,
        @DefaultValue("10m") Duration staleAfter,
        @DefaultValue("15m") Duration maxAge,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("Asia/Seoul") ZoneId zone,
        @DefaultValue Breaker breaker,
        @DefaultValue Its its,
        @DefaultValue Gits gits,
        @DefaultValue Simulator simulator) {

    public enum Mode {
        SIMULATOR, LIVE
    }

    /**
     * One circuit breaker per source, counting calls.
     *
     * @param failureRateThreshold percentage of failed calls in the window that opens it
     * @param slidingWindow calls it looks back on
     * @param minimumCalls calls before it judges at all
     * @param waitInOpen how long it keeps calls away before letting one through to test recovery
     */
    public record Breaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("10") int slidingWindow,
            @DefaultValue("4") int minimumCalls,
            @DefaultValue("30s") Duration waitInOpen) {
    }

    /**
     * The national ITS open API.
     *
     * @param apiKey issued at https://www.its.go.kr/opendata/ (not a data.go.kr key); required live
     * @param roadType {@code its} national roads, {@code ex} expressways, {@code all}
     * @param minX the city's bounding box, WGS84 (about Gwangju-si by default)
     * @param slowBelowKmh grading convention for national roads: slow below, congested below the next
     */
    public record Its(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("https://openapi.its.go.kr:9443") URI baseUrl,
            String apiKey,
            @DefaultValue("its") String roadType,
            @DefaultValue("127.15") double minX,
            @DefaultValue("127.45") double maxX,
            @DefaultValue("37.25") double minY,
            @DefaultValue("37.55") double maxY,
            @DefaultValue("40") double slowBelowKmh,
            @DefaultValue("20") double congestedBelowKmh) {
    }

    /**
     * The Gyeonggi GITS feed.
     *
     * @param serviceKey issued at https://openapigits.gg.go.kr; required live
     * @param routeIds GITS routes of the city's roads; required live (the simulator brings its own)
     * @param slowBelowKmh grading for signalised city roads, which are slower at free flow
     */
    public record Gits(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("https://openapigits.gg.go.kr") URI baseUrl,
            String serviceKey,
            @DefaultValue List<String> routeIds,
            @DefaultValue("30") double slowBelowKmh,
            @DefaultValue("15") double congestedBelowKmh) {
    }

    /**
     * @param seed the same seed and clock give the same speeds
     * @param itsPort 0 = a free port (always bound to 127.0.0.1)
     */
    public record Simulator(
            @DefaultValue("42") long seed,
            @DefaultValue("0") int itsPort,
            @DefaultValue("0") int gitsPort) {
    }
}
