package city.civic.admin.handoffs;

import city.civic.dialog.Handoff;
import city.civic.dialog.HandoffSummary;
import java.time.Instant;
import java.util.Locale;

/**
 * A hand-off in the staff JSON API (DESIGN.md: {@code conversationId}, {@code channel}, {@code since},
 * {@code summary}, {@code status}), plus who answers it and where its transcript is. The conversation id is
 * the {@code CIVIC_TRANSCRIPT} a transferred call carries.
 */
record HandoffJson(String conversationId, String channel, Instant since, HandoffSummary summary, String status,
        String language, String reason, String counsellor, String pickedUpBy, String transcript) {

    static HandoffJson of(Handoff handoff) {
        return new HandoffJson(handoff.conversationId(), handoff.channel().name().toLowerCase(Locale.ROOT),
                handoff.since(), handoff.summary(), handoff.status().code(), handoff.language(), handoff.reason(),
                handoff.counsellor(), handoff.pickedUpBy(), "/admin/api/transcripts/" + handoff.conversationId());
    }
}
