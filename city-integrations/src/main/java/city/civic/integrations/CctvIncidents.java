package city.civic.integrations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Analytics events the CCTV control centre already saw near a camera site, so the bot can tell a
 * reporting citizen that the centre saw something there and link duplicate reports. Deliberately
 * poor: no footage, no camera address or position, no rule names, only what happened where and when.
 *
 * <p>Never throws for an unreachable feed: the answer says whether it can be trusted as complete.
 * An empty list means "nothing seen" only when {@link CctvAwareness#known()}; otherwise the bot must
 * say it cannot check and take the report anyway.
 */
public interface CctvIncidents {

    /**
     * Events at {@code cctvSite} (a city pack id such as {@code CCTV-002}) in the last {@code within},
     * newest first.
     */
    CctvAwareness recent(String cctvSite, Duration within);

    /** Aligned with the KISA intelligent-CCTV certification categories (배회, 침입, 유기, 싸움, 방화, 쓰러짐, …). */
    enum CctvEventType {
        /** 배회 */
        LOITERING,
        /** 침입 */
        INTRUSION,
        /** 유기 */
        ABANDONED_OBJECT,
        /** 싸움 */
        FIGHT,
        /** 방화 */
        ARSON,
        /** 쓰러짐 */
        FALL,
        /** 군집 */
        CROWD,
        /** 화재 */
        FIRE,
        OTHER
    }

    /**
     * One occurrence (a rule becoming true, or a one-shot detection), de-duplicated.
     *
     * @param at when the camera saw it; the centre's receipt time when the camera's clock was off
     * @param clockSkewed the camera's time differed from ours by more than the allowed skew
     */
    record CctvEvent(String id, String cctvSite, CctvEventType type, Instant at, boolean clockSkewed) {
    }

    /**
     * @param known the feed is connected, settled after (re)connecting and not silent for too long, so
     *        an empty {@code events} really means nothing was seen; false: "cannot tell" (events
     *        received earlier are still listed)
     * @param coveredSince events have been received without a gap since then (null while unknown);
     *        a window reaching further back may have missed something
     */
    record CctvAwareness(boolean known, List<CctvEvent> events, Instant coveredSince) {

        public CctvAwareness {
            events = List.copyOf(events);
        }
    }
}
