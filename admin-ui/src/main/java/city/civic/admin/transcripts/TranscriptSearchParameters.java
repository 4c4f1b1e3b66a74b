package city.civic.admin.transcripts;

import city.civic.admin.dashboard.BadInput;
import city.civic.admin.dashboard.DateRange;
import city.civic.dialog.Channel;
import city.civic.dialog.ConversationInsights.Search;
import city.civic.dialog.ConversationOutcome;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The transcript search's parameters as given ({@code ?from=&to=&channel=&intent=&outcome=&page=}), checked:
 * a bad one is refused with its own code, never silently ignored. Without dates the last 7 days are searched.
 */
public record TranscriptSearchParameters(String from, String to, String channel, String intent, String outcome,
        String page) {

    static final int PAGE_SIZE = 25;
    static final int DEFAULT_DAYS = 7;
    private static final int LAST_PAGE = 100_000;
    private static final Pattern INTENT = Pattern.compile("[a-z0-9._-]{1,64}");

    /** @throws BadInput naming the first parameter that is wrong */
    Search toSearch(LocalDate today) {
        DateRange range = DateRange.parse(from, to, today, DEFAULT_DAYS);
        return new Search(range.from(), range.to(), parsedChannel(), parsedIntent(), parsedOutcome(), parsedPage(),
                PAGE_SIZE);
    }

    private Channel parsedChannel() {
        if (isBlank(channel)) {
            return null;
        }
        return switch (channel.strip().toLowerCase(Locale.ROOT)) {
            case "web" -> Channel.WEB;
            case "phone" -> Channel.PHONE;
            case "api" -> Channel.API;
            default -> throw new BadInput("channel.invalid", "channel must be web, phone or api.");
        };
    }

    private String parsedIntent() {
        if (isBlank(intent)) {
            return null;
        }
        String value = intent.strip().toLowerCase(Locale.ROOT);
        if (!INTENT.matcher(value).matches()) {
            throw new BadInput("intent.invalid", "intent must be an intent id (letters, digits, . _ -; at most 64).");
        }
        return value;
    }

    private ConversationOutcome parsedOutcome() {
        if (isBlank(outcome)) {
            return null;
        }
        return ConversationOutcome.parse(outcome.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new BadInput(
                "outcome.invalid", "outcome must be answered, ticket_filed, handed_off, emergency or abandoned."));
    }

    private int parsedPage() {
        if (isBlank(page)) {
            return 0;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 0 && value <= LAST_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, like a negative page
        }
        throw new BadInput("page.invalid", "page must be a number from 0.");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
