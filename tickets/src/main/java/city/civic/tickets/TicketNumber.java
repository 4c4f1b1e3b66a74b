package city.civic.tickets;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's public ticket number, {@code SC-2026-000123}: SC, the year of filing in the city's time zone,
 * and the ticket's sequence padded to six digits. The one place that knows the format.
 */
public final class TicketNumber {

    private static final Pattern WRITTEN = Pattern.compile("(?i)\\bSC[\\s-]*(\\d{4})[\\s-]*(\\d{1,6})\\b");

    private TicketNumber() {
    }

    /** The number of the ticket with this sequence, filed at {@code createdAt}. */
    public static String of(long seq, Instant createdAt, ZoneId zone) {
        return "SC-%d-%06d".formatted(createdAt.atZone(zone).getYear(), seq);
    }

    /** The first ticket number written in the text, normalised ("sc 2026 123" → "SC-2026-000123"). */
    public static Optional<String> find(String text) {
        Matcher m = WRITTEN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of("SC-" + m.group(1) + "-" + "0".repeat(6 - m.group(2).length()) + m.group(2));
    }

    /** The sequence inside a normalised number ({@code SC-2026-000123} → 123). */
    public static long sequence(String normalised) {
        return Long.parseLong(normalised.substring(normalised.lastIndexOf('-') + 1));
    }
}
