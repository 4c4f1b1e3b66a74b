package city.civic.dialog;

import java.time.Instant;
import java.util.List;

/** A conversation as both sides saw it. */
public record Transcript(String conversationId, Channel channel, String language, Instant startedAt,
        List<Entry> messages) {

    /** @param reply the structured reply for bot entries, null for the citizen's */
    public record Entry(String role, String text, Instant at, Reply reply) {
    }
}
