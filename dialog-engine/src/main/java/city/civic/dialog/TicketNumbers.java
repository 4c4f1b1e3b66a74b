package city.civic.dialog;

import city.civic.tickets.TicketNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public ticket number as the channels see it through the engine's API; the format itself is
 * {@link TicketNumber}'s, in the tickets module, which channels do not reach directly.
 */
public final class TicketNumbers {

    public static final String PREFIX = TicketNumber.PREFIX;
    /** The digits of a number without its prefix and dashes: what a caller keys in. */
    public static final int DIGITS = TicketNumber.DIGITS;
    /** A number as written in a reply: the year and the sequence as groups 1 and 2. */
    public static final Pattern WRITTEN = TicketNumber.WRITTEN;

    private TicketNumbers() {
    }

    /** The first ticket number in a message, however spaced or dashed ("sc 2026 123" → "SC-2026-000123"). */
    public static Optional<String> find(String text) {
        return TicketNumber.find(text);
    }

    /** {@link #DIGITS} keyed digits as a ticket number; anything else as it is. */
    public static String fromDigits(String digits) {
        return TicketNumber.fromDigits(digits);
    }

    /** The prefix as its letters are said: "s c". */
    public static String spokenPrefix() {
        return TicketNumber.spokenPrefix();
    }
}
