package city.civic.dialog;

import java.time.Instant;

/**
 * A conversation handed to the counsellors.
 *
 * @param since when the citizen (or the bot, after two misunderstandings) asked for a person
 * @param reason {@code requested}, {@code repeated-misunderstanding} or {@code no-input} (a silent caller)
 * @param counsellor the display name of the counsellor who picked it up, else null
 * @param pickedUpBy the staff account of that counsellor, else null
 */
public record Handoff(String conversationId, Channel channel, String language, Instant since, String reason,
        HandoffStatus status, String counsellor, String pickedUpBy, HandoffSummary summary) {

    public boolean open() {
        return status != HandoffStatus.CLOSED;
    }
}
