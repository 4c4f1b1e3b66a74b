package city.civic.integrations.traffic;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/** The feeds' local timestamps (Asia/Seoul, no offset) as instants. */
public final class FeedTimes {

    /** ITS {@code createdDate}, {@code startDate}: yyyyMMddHHmmss. */
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** GITS {@code collDate}: yyyy-MM-dd HH:mm:ss, sometimes with a fraction (".0"). */
    private static final DateTimeFormatter DASHED = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();
    private static final DateTimeFormatter DASHED_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private FeedTimes() {
    }

    /** Null when empty or unreadable: an observation we cannot date is not used. */
    public static Instant parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{14}")) {
                return LocalDateTime.parse(value, COMPACT).atZone(zone).toInstant();
            }
            if (value.matches("\\d{12}")) {
                return LocalDateTime.parse(value + "00", COMPACT).atZone(zone).toInstant();
            }
            return LocalDateTime.parse(value, DASHED).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String compact(Instant instant, ZoneId zone) {
        return COMPACT.format(instant.atZone(zone));
    }

    public static String dashed(Instant instant, ZoneId zone) {
        return DASHED_OUT.format(instant.atZone(zone));
    }
}
