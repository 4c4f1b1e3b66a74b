package city.civic.dialog;

import java.time.Instant;
import java.util.List;

/** A conversation as both sides saw it. */
public record Transcript(String conversationId, Channel channel, String language, Instant startedAt,
        List<Entry> messages) {

    /** The transcript for readers other than the citizen: personal data masked on both sides. */
    public Transcript masked() {
        return new Transcript(conversationId, channel, language, startedAt, messages.stream()
                .map(entry -> new Entry(entry.role(), PersonalData.mask(entry.text()), entry.at(),
                        entry.reply() == null ? null : entry.reply().withText(PersonalData.mask(entry.reply().text())),
                        entry.asrConfidence()))
                .toList());
    }

    /**
     * @param reply the structured reply for bot entries, null for the citizen's
     * @param asrConfidence the speech recognizer's confidence (0-1) for a citizen's spoken turn, else null
     */
    public record Entry(String role, String text, Instant at, Reply reply, Double asrConfidence) {

        public Entry(String role, String text, Instant at, Reply reply) {
            this(role, text, at, reply, null);
        }
    }
}
