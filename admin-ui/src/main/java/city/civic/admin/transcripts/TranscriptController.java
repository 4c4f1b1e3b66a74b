package city.civic.admin.transcripts;

import city.civic.admin.staff.StaffAudit;
import city.civic.dialog.Conversations;
import city.civic.dialog.Transcript;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A conversation's transcript as staff read it (chat or phone: the id is the {@code CIVIC_TRANSCRIPT} a
 * transferred call carries), with the recognizer's confidence on each spoken turn. Personal data is
 * masked; operators and administrators may reveal it, giving a reason that goes into the audit trail.
 */
@RestController
@RequestMapping("/admin/api/transcripts")
class TranscriptController {

    static final int SHORTEST_REASON = 10;

    private final Conversations conversations;
    private final StaffAudit audit;

    TranscriptController(Conversations conversations, StaffAudit audit) {
        this.conversations = conversations;
        this.audit = audit;
    }

    record RevealRequest(String reason) {
    }

    /** Any staff role. */
    @GetMapping("/{conversationId}")
    ResponseEntity<Transcript> transcript(@PathVariable String conversationId) {
        return conversations.keptTranscript(conversationId).map(Transcript::masked).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** With a reason; operators call citizens back, administrators investigate. */
    @PostMapping("/{conversationId}/reveal")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    ResponseEntity<?> reveal(@PathVariable String conversationId, @RequestBody(required = false) RevealRequest request,
            Authentication who, HttpServletRequest http) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.length() < SHORTEST_REASON) {
            return ResponseEntity.badRequest().body(Map.of("error", "reason.missing",
                    "message", "Say why you need the unmasked transcript (at least " + SHORTEST_REASON
                            + " characters); it is kept in the audit trail."));
        }
        var transcript = conversations.keptTranscript(conversationId);
        if (transcript.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        audit.record(who.getName(), "transcript.reveal", http.getMethod(), http.getRequestURI(), 200,
                http.getRemoteAddr(), reason);
        return ResponseEntity.ok(transcript.get());
    }
}
