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

    /** The intents whose replies the channels act on: stable ids of the city pack (DESIGN.md). */
    public static final String EMERGENCY = "emergency";
    public static final String GOODBYE = "goodbye";

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

    /**
     * A life-threatening emergency: a phone call, having said the emergency numbers, goes to a person at once.
     * Not a bean property, so the turn API's JSON stays as it is.
     */
    public boolean urgent() {
        return EMERGENCY.equals(intent);
    }

    /** The citizen took leave: a phone call ends once this is said. Not a bean property (see {@link #urgent}). */
    public boolean closesConversation() {
        return GOODBYE.equals(intent);
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
