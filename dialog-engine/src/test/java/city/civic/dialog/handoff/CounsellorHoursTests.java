package city.civic.dialog.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.dialog.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounsellorHoursTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final CounsellorHours OFFICE = new CounsellorHours(List.of("MON-FRI 09:00-18:00", "SAT 09:00-13:00"),
            List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)), SEOUL);

    static Instant seoul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    @Test
    void openOnWeekdaysWithinTheHoursInTheCitysZone() {
        assertThat(OFFICE.openAt(seoul("2026-03-03T09:00"))).isTrue(); // Tuesday
        assertThat(OFFICE.openAt(seoul("2026-03-03T17:59"))).isTrue();
        assertThat(OFFICE.openAt(seoul("2026-03-03T18:00"))).isFalse();
        assertThat(OFFICE.openAt(seoul("2026-03-03T08:59"))).isFalse();
        assertThat(OFFICE.openAt(Instant.parse("2026-03-03T01:00:00Z"))).as("10:00 in Seoul").isTrue();
        assertThat(OFFICE.openAt(seoul("2026-03-07T12:00"))).as("Saturday morning").isTrue();
        assertThat(OFFICE.openAt(seoul("2026-03-07T14:00"))).isFalse();
        assertThat(OFFICE.openAt(seoul("2026-03-08T12:00"))).as("Sunday").isFalse();
    }

    @Test
    void closedOnHolidaysWhateverTheDay() {
        assertThat(OFFICE.openAt(seoul("2026-03-02T10:00"))).as("a Monday holiday").isFalse();
        assertThat(OFFICE.hasHolidays()).isTrue();
    }

    @Test
    void theNextOpeningSkipsNightsWeekendsAndHolidays() {
        assertThat(OFFICE.nextOpening(seoul("2026-03-03T19:00"))).hasValueSatisfying(next ->
                assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-04T09:00")));
        assertThat(OFFICE.nextOpening(seoul("2026-03-07T14:00"))).as("after Saturday: Monday is a holiday")
                .hasValueSatisfying(next -> assertThat(next.toLocalDateTime())
                        .isEqualTo(LocalDateTime.parse("2026-03-10T09:00")));
        assertThat(OFFICE.nextOpening(seoul("2026-03-03T07:00"))).hasValueSatisfying(next ->
                assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-03T09:00")));
    }

    @Test
    void alwaysAndNone() {
        var always = new CounsellorHours(List.of("always"), List.of(), SEOUL);
        var none = new CounsellorHours(List.of("none"), List.of(), SEOUL);
        var unset = new CounsellorHours(List.of(), List.of(), SEOUL);

        assertThat(always.openAt(seoul("2026-03-08T03:00"))).isTrue();
        assertThat(unset.openAt(seoul("2026-03-08T03:00"))).isTrue();
        assertThat(none.openAt(seoul("2026-03-03T10:00"))).isFalse();
        assertThat(none.nextOpening(seoul("2026-03-03T10:00"))).isEmpty();
        assertThat(none.describe(Language.EN)).isEmpty();
    }

    @Test
    void midnightEndsADayThatIsOpenToTheLastMinute() {
        var allDay = new CounsellorHours(List.of("MON-SUN 00:00-24:00"), List.of(LocalDate.of(2026, 3, 3)), SEOUL);

        assertThat(allDay.openAt(seoul("2026-03-02T23:59:30"))).isTrue();
        assertThat(allDay.openAt(seoul("2026-03-03T12:00"))).isFalse();
        assertThat(allDay.nextOpening(seoul("2026-03-03T12:00"))).hasValueSatisfying(next ->
                assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-04T00:00")));
    }

    @Test
    void describedForCitizensInBothLanguages() {
        assertThat(OFFICE.describe(Language.EN)).isEqualTo("Mon–Fri 09:00–18:00, Sat 09:00–13:00");
        assertThat(OFFICE.describe(Language.KO)).isEqualTo("월–금 09:00–18:00, 토 09:00–13:00");
    }

    @Test
    void anUnreadableEntryStopsTheStartNamingTheProperty() {
        for (String wrong : List.of("weekdays 9-6", "MON-FRI", "MON-FRI 18:00-09:00", "MONDAY 09:00-18:00")) {
            assertThatThrownBy(() -> new CounsellorHours(List.of(wrong), List.of(), SEOUL)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("civic.handoff.hours");
        }
    }
}
