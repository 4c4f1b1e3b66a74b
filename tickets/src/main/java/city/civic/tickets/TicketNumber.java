package city.civic.tickets;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's public ticket number, {@code SC-2026-000123}: SC, the year of filing in the city's time zone,
 * and the ticket's sequence padded to six digits. The one place that knows the format: the store writes it,
 * the engine reads it in a message, the phone reads it out and takes it from the keypad.
 */
public final class TicketNumber {

    public static final String PREFIX = "SC";
    /** The digits of a number without its prefix and dashes: what a caller keys in. */
    public static final int DIGITS = 10;
    private static final int YEAR_DIGITS = 4;
    private static final int SEQUENCE_DIGITS = DIGITS - YEAR_DIGITS;
    /** A number as written in a reply: the year and the sequence as groups 1 and 2. */
    public static final Pattern WRITTEN = Pattern.compile(
            "(?i)\\b" + PREFIX + "-(\\d{" + YEAR_DIGITS + "})-(\\d{1," + SEQUENCE_DIGITS + "})\\b");
    private static final Pattern LOOSE = Pattern.compile(
            "(?i)\\b" + PREFIX + "[\\s-]*(\\d{" + YEAR_DIGITS + "})[\\s-]*(\\d{1," + SEQUENCE_DIGITS + "})\\b");

    private TicketNumber() {
    }

    /** The number of the ticket with this sequence, filed at {@code createdAt}. */
    public static String of(long seq, Instant createdAt, ZoneId zone) {
        return of(createdAt.atZone(zone).getYear(), seq);
    }

    /** The number for a year and a sequence. */
    public static String of(int year, long sequence) {
        return ("%s-%d-%0" + SEQUENCE_DIGITS + "d").formatted(PREFIX, year, sequence);
    }

    /** The first ticket number in a message, however spaced or dashed ("sc 2026 123" → "SC-2026-000123"). */
    public static Optional<String> find(String text) {
        Matcher m = LOOSE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + "-" + m.group(1) + "-" + "0".repeat(SEQUENCE_DIGITS - m.group(2).length())
                + m.group(2));
    }

    /** {@link #DIGITS} keyed digits as a ticket number; anything else as it is. */
    public static String fromDigits(String digits) {
        if (digits.length() != DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        return PREFIX + "-" + digits.substring(0, YEAR_DIGITS) + "-" + digits.substring(YEAR_DIGITS);
    }

    /** The prefix as its letters are said: "s c". */
    public static String spokenPrefix() {
        return String.join(" ", PREFIX.toLowerCase(Locale.ROOT).split(""));
    }

    /** The sequence inside a normalised number ({@code SC-2026-004512} → 4512). */
    public static long sequence(String normalised) {
        return Long.parseLong(normalised.substring(normalised.lastIndexOf('-') + 1));
    }
}
