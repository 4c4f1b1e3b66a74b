package city.civic.admin.transcripts;

import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A transcript laid out for the page: who said each line (citizen, bot, counsellor), when in the city's time,
 * the recognizer's confidence on a phone turn, and what the bot did (intent, sources, ticket, hand-off).
 */
public record TranscriptView(Transcript transcript, ZonedDateTime startedAt, List<Line> lines) {

    /**
     * @param role {@code citizen}, {@code bot}, {@code agent}, or another role a later version writes
     * @param asrPercent the recognizer's confidence in percent on a spoken turn, else null
     * @param language the line's language where known, for {@code lang}
     */
    public record Line(String role, String text, ZonedDateTime at, Integer asrPercent, String language, Reply reply) {

        /** The message key of the speaker's name. */
        public String speakerKey() {
            return switch (role) {
                case "citizen", "bot", "agent" -> "transcripts.role." + role;
                default -> "transcripts.role.other";
            };
        }

        /** The CSS class: the known roles have their own look. */
        public String styleClass() {
            return switch (role) {
                case "citizen", "bot", "agent" -> role;
                default -> "other";
            };
        }
    }

    static TranscriptView of(Transcript transcript, ZoneId zone) {
        return new TranscriptView(transcript, transcript.startedAt().atZone(zone), transcript.messages().stream()
                .map(entry -> new Line(entry.role(), entry.text(), entry.at().atZone(zone), percent(entry.asrConfidence()),
                        entry.reply() == null ? transcript.language() : entry.reply().language(), entry.reply()))
                .toList());
    }

    private static Integer percent(Double confidence) {
        return confidence == null ? null : (int) Math.round(confidence * 100);
    }
}
