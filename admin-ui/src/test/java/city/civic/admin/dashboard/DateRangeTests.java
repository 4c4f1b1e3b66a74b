package city.civic.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Date ranges as the stats API, the dashboard and the searches take them. */
class DateRangeTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void bothDaysAreIncluded() {
        DateRange range = DateRange.parse("2026-03-01", "2026-03-31", TODAY, 30);

        assertThat(range.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(range.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(range.days()).isEqualTo(31);
    }

    @Test
    void withoutDatesTheDefaultSpanEndsToday() {
        DateRange range = DateRange.parse(null, " ", TODAY, 7);

        assertThat(range.to()).isEqualTo(TODAY);
        assertThat(range.days()).isEqualTo(7);
    }

    @Test
    void aYearExactlyIsAllowedAndADayMoreIsNot() {
        assertThat(DateRange.parse("2025-03-15", "2026-03-15", TODAY, 7).days()).isEqualTo(366);
        assertThatThrownBy(() -> DateRange.parse("2025-03-15", "2026-03-16", TODAY, 7))
                .isInstanceOf(BadInput.class).extracting("code").isEqualTo("range.too_long");
    }

    @Test
    void aReversedRangeIsRefused() {
        assertThatThrownBy(() -> DateRange.parse("2026-03-02", "2026-03-01", TODAY, 7))
                .isInstanceOf(BadInput.class).extracting("code").isEqualTo("range.reversed");
    }

    @Test
    void onlyIsoDatesAreDates() {
        for (String bad : new String[] {"2026-02-30", "2026-3-1", "03/01/2026", "+2026-03-01", "20260301",
                "2026-03-01T00:00", "<script>"}) {
            assertThatThrownBy(() -> DateRange.parse(bad, null, TODAY, 7)).as(bad)
                    .isInstanceOf(BadInput.class).extracting("code").isEqualTo("date.invalid");
        }
    }
}
