package city.civic.dialog;

import java.util.List;

/**
 * One message to the citizen, in the shape of the turn API's {@code Reply}: the bot's, or a counsellor's
 * during a live hand-off.
 *
 * @param agent the counsellor who wrote it (role {@code agent} in the transcript); null for the bot's
 * @param expects what the bot's question awaits; null when it awaits nothing in particular
 */
public record Reply(
        String text,
        String language,
        String intent,
        double confidence,
        List<Source> sources,
        TicketRef ticket,
        List<String> quickReplies,
        boolean handoff,
        Agent agent,
        Expectation expects) {

    public Reply {
        sources = sources == null ? List.of() : List.copyOf(sources);
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    /** A bot's reply that awaits nothing in particular. */
    public Reply(String text, String language, String intent, double confidence, List<Source> sources,
            TicketRef ticket, List<String> quickReplies, boolean handoff) {
        this(text, language, intent, confidence, sources, ticket, quickReplies, handoff, null, null);
    }

    /** A reply by a counsellor (or the bot, with a null agent) that awaits nothing in particular. */
    public Reply(String text, String language, String intent, double confidence, List<Source> sources,
            TicketRef ticket, List<String> quickReplies, boolean handoff, Agent agent) {
        this(text, language, intent, confidence, sources, ticket, quickReplies, handoff, agent, null);
    }

    public Reply withText(String newText) {
        return new Reply(newText, language, intent, confidence, sources, ticket, quickReplies, handoff, agent, expects);
    }

    public Reply withExpects(Expectation expectation) {
        return new Reply(text, language, intent, confidence, sources, ticket, quickReplies, handoff, agent,
                expectation);
    }

    /** A counsellor, by the display name they chose when picking the conversation up. */
    public record Agent(String name) {
    }

    /** A curated answer the reply was taken from. */
    public record Source(String id, String title) {
    }

    /** A ticket the reply refers to, by the platform's own number. */
    public record TicketRef(String id, String status) {
    }
}
