package city.civic.admin.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class Open311TimeTests {

    final Open311Time time = new Open311Time(ZoneId.of("Asia/Seoul"));

    @Test
    void formatsInTheCitysOffsetToTheSecond() {
        assertThat(time.format(Instant.parse("2026-03-01T00:15:30.987654Z"))).isEqualTo("2026-03-01T09:15:30+09:00");
        assertThat(time.format(Instant.parse("2026-12-31T15:00:00Z"))).isEqualTo("2027-01-01T00:00:00+09:00");
        assertThat(time.format(null)).isNull();
    }

    @Test
    void readsOffsetsZuluAndBareDates() {
        assertThat(time.start("start_date", "2026-03-01T09:00:00+09:00")).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(time.start("start_date", "2026-03-01T00:00Z")).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(time.start("start_date", "2026-03-01")).isEqualTo("2026-02-28T15:00:00Z");
        assertThat(time.endExclusive("end_date", "2026-03-01")).isEqualTo("2026-03-01T15:00:00Z");
        assertThat(time.endExclusive("end_date", "2026-03-01T09:00:00+09:00"))
                .isEqualTo("2026-03-01T00:00:00.000001Z");
    }

    @Test
    void readsAnOffsetWhosePlusArrivedAsASpace() {
        assertThat(time.start("start_date", "2026-03-01T09:00:00 09:00")).isEqualTo("2026-03-01T00:00:00Z");
    }

    @Test
    void refusesATimeWithoutAnOffset() {
        assertThatThrownBy(() -> time.start("start_date", "2026-03-01T09:00:00"))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("time zone offset");
        assertThatThrownBy(() -> time.start("end_date", "03/01/2026"))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("end_date is not an ISO 8601");
    }
}
