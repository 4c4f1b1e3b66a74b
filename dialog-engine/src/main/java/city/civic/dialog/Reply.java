package city.civic.dialog;

import java.util.List;

/** One bot message, in the shape of the turn API's {@code Reply}. */
public record Reply(
        String text,
        String language,
        String intent,
        double confidence,
        List<Source> sources,
        TicketRef ticket,
        List<String> quickReplies,
        boolean handoff) {

    public Reply {
        sources = sources == null ? List.of() : List.copyOf(sources);
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }

    public Reply withText(String newText) {
        return new Reply(newText, language, intent, confidence, sources, ticket, quickReplies, handoff);
    }

    /** A curated answer the reply was taken from. */
    public record Source(String id, String title) {
    }

    /** A ticket the reply refers to, by the platform's own number. */
    public record TicketRef(String id, String status) {
    }
}
