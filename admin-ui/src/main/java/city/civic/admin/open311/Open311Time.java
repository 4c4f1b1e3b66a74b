package city.civic.admin.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * GeoReport v2 datetimes are W3C ISO 8601 and must carry a time zone; ours carry the city's offset
 * ({@code 2026-03-01T09:15:00+09:00}) so a reader sees local time without guessing.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2#Formats">GeoReport v2, datetime format</a>
 */
final class Open311Time {

    private final ZoneId zone;

    Open311Time(ZoneId zone) {
        this.zone = zone;
    }

    String format(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The instant a {@code start_date} stands for; a bare date is the start of that day in the city. */
    Instant start(String parameter, String value) {
        return parse(parameter, value, false);
    }

    /** The first instant after an {@code end_date}: the spec's end is inclusive, a bare date the whole day. */
    Instant endExclusive(String parameter, String value) {
        return parse(parameter, value, true);
    }

    private Instant parse(String parameter, String value, boolean end) {
        // An unencoded '+' in a query string arrives as a space: "2026-03-01T00:00:00 09:00".
        String text = value.indexOf('+') < 0 ? value.replace(' ', '+') : value;
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            return end ? instant.plus(1, ChronoUnit.MICROS) : instant;
        } catch (DateTimeParseException notWithOffset) {
            return dateOnly(parameter, text, end);
        }
    }

    private Instant dateOnly(String parameter, String text, boolean end) {
        try {
            LocalDate date = LocalDate.parse(text);
            return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            if (isLocalDateTime(text)) {
                throw Open311Exception.badRequest(parameter + " must include a time zone offset, e.g. "
                        + text + "+09:00.");
            }
            throw Open311Exception.badRequest(parameter + " is not an ISO 8601 datetime, e.g. "
                    + "2026-03-01T09:00:00+09:00.");
        }
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
