package city.civic.dialog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversations as the back office looks at them: searched by day, channel, intent and outcome, and
 * counted for the dashboard. Days are the city's ({@link #zone()}), both ends included; only what retention
 * keeps is there to count.
 */
public interface ConversationInsights {

    /** The city's time zone, in which days and hours are counted. */
    ZoneId zone();

    /** Newest first. */
    Page search(Search search);

    /** One conversation's summary, while retention keeps it. */
    Optional<Summary> summary(String conversationId);

    Figures figures(LocalDate from, LocalDate to);

    /**
     * @param channel, intent, outcome null for any
     * @param page from 0
     */
    record Search(LocalDate from, LocalDate to, Channel channel, String intent, ConversationOutcome outcome,
            int page, int pageSize) {
    }

    /**
     * @param turns the citizen's messages
     * @param unansweredTurns messages the bot did not understand or had no answer for
     * @param intents the intents of the citizen's messages, most frequent first
     */
    record Summary(String conversationId, Channel channel, String language, Instant startedAt,
            Instant lastActiveAt, ConversationOutcome outcome, int turns, int unansweredTurns,
            List<String> intents) {
    }

    record Page(List<Summary> items, int page, int pageSize, long total) {

        public int pages() {
            return (int) ((total + pageSize - 1) / pageSize);
        }
    }

    /**
     * What happened in conversations started within the days (tickets: filed within them).
     *
     * @param conversationsWithTurns those in which the citizen said something
     * @param handoffs conversations the bot handed to a counsellor (an emergency one too)
     * @param byDay every day of the range, zero included
     * @param byHourOfDay 24 counts, the city's hours 0-23
     * @param topIntents citizen messages per intent, most first
     * @param answerUse how often each curated answer was given, most first
     */
    record Figures(long conversations, long conversationsWithTurns, long turns, long unansweredTurns, long handoffs,
            Map<Channel, Long> byChannel, Map<ConversationOutcome, Long> byOutcome, Map<LocalDate, Long> byDay,
            List<Long> byHourOfDay, List<Count> topIntents, List<AnswerUse> answerUse, List<TicketCount> tickets) {

        /** Answered or ticket filed: solved without a person. */
        public long contained() {
            return byOutcome.getOrDefault(ConversationOutcome.ANSWERED, 0L)
                    + byOutcome.getOrDefault(ConversationOutcome.TICKET_FILED, 0L);
        }

        /** Contained conversations among those in which the citizen said something; 0 when there were none. */
        public double containmentRate() {
            return conversationsWithTurns == 0 ? 0 : (double) contained() / conversationsWithTurns;
        }

        /** Citizen messages the bot could not answer, among all citizen messages; 0 when there were none. */
        public double unansweredRate() {
            return turns == 0 ? 0 : (double) unansweredTurns / turns;
        }
    }

    record Count(String key, long count) {
    }

    /** @param title the answer's title when it was last given */
    record AnswerUse(String answerId, String title, long uses) {
    }

    /**
     * @param category the report category's service code (e.g. {@code streetlight-fault}), as {@code category} in
     *     the staff API's tickets
     */
    record TicketCount(String category, String status, long count) {
    }
}
