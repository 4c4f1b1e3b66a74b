package city.civic.admin.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Days of the city, both included ({@code from=2026-03-01&to=2026-03-31}): ISO dates, {@code from} not after
 * {@code to}, at most a year apart. A missing end defaults to today and a missing start to a default span
 * before the end.
 */
public record DateRange(LocalDate from, LocalDate to) {

    private static final int LONGEST_TEXT = 10;

    /**
     * @param defaultDays how many days (today included) a range without a start covers
     * @throws BadInput {@code date.invalid}, {@code range.reversed} or {@code range.too_long}
     */
    public static DateRange parse(String from, String to, LocalDate today, int defaultDays) {
        LocalDate end = isBlank(to) ? today : date(to, "to");
        LocalDate start = isBlank(from) ? end.minusDays(defaultDays - 1L) : date(from, "from");
        if (start.isAfter(end)) {
            throw new BadInput("range.reversed", "from must not be after to.");
        }
        if (end.isAfter(start.plusYears(1))) {
            throw new BadInput("range.too_long", "The range may be at most one year.");
        }
        return new DateRange(start, end);
    }

    /** Days in the range. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String text, String name) {
        String value = text.strip();
        try {
            if (value.length() != LONGEST_TEXT) {
                throw new DateTimeParseException("not yyyy-MM-dd", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInput("date.invalid", name + " must be a date written yyyy-MM-dd.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
