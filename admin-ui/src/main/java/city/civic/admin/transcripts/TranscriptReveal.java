package city.civic.admin.transcripts;

import city.civic.admin.staff.StaffAudit;
import city.civic.dialog.Conversations;
import city.civic.dialog.Transcript;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one audited way to an unmasked transcript, for the JSON API and the page alike: a reason of at least
 * {@value #SHORTEST_REASON} characters, kept in the audit trail as {@code transcript.reveal}.
 */
@Component
class TranscriptReveal {

    static final int SHORTEST_REASON = 10;

    private final Conversations conversations;
    private final StaffAudit audit;

    TranscriptReveal(Conversations conversations, StaffAudit audit) {
        this.conversations = conversations;
        this.audit = audit;
    }

    /** The reason, stripped, if it is long enough to say something. */
    static Optional<String> reason(String given) {
        String reason = given == null ? "" : given.strip();
        return reason.length() < SHORTEST_REASON ? Optional.empty() : Optional.of(reason);
    }

    /** The unmasked transcript, audited; empty (and nothing audited) for an id retention no longer keeps. */
    Optional<Transcript> reveal(String conversationId, String reason, String who, HttpServletRequest http) {
        var transcript = conversations.keptTranscript(conversationId);
        transcript.ifPresent(found -> audit.record(who, "transcript.reveal", http.getMethod(), http.getRequestURI(),
                200, http.getRemoteAddr(), reason));
        return transcript;
    }
}
