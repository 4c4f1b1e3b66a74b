package city.civic.integrations.traffic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A clock the test moves: shared by simulator, adapter and circuit breaker so ages are exact. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    /** Local time in Seoul, as the feeds write it. */
    public static MutableClock atSeoul(int year, int month, int day, int hour, int minute) {
        return new MutableClock(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneId.of("Asia/Seoul"))
                .toInstant());
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
