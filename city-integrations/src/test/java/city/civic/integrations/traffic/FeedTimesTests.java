package city.civic.integrations.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedTimesTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @ParameterizedTest
    @ValueSource(strings = {"20261125083500", "202611250835", "2026-11-25 08:35:00", "2026-11-25 08:35:00.0"})
    void readsTheFeedsLocalTimesInSeoul(String text) {
        assertThat(FeedTimes.parse(text, SEOUL)).isEqualTo(Instant.parse("2026-11-24T23:35:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2026112508", "yesterday", "20261345083500"})
    void anUnreadableTimeIsNull(String text) {
        assertThat(FeedTimes.parse(text, SEOUL)).isNull();
    }
}
