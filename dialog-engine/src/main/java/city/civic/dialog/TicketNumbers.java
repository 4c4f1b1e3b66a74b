package city.civic.dialog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public ticket number, "SC-2026-000123": the prefix, the year and a six-digit sequence. One owner for
 * the format, so that the engine reads it in a message and the phone reads it out and takes it from the
 * keypad alike.
 */
public final class TicketNumbers {

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

    private TicketNumbers() {
    }

    /** The number for a year and a sequence. */
    public static String of(int year, long sequence) {
        return "%s-%d-%06d".formatted(PREFIX, year, sequence);
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
}
