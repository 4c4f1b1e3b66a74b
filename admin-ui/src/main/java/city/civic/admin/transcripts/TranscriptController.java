package city.civic.admin.transcripts;

import city.civic.dialog.Conversations;
import city.civic.dialog.Transcript;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
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

    static final int SHORTEST_REASON = TranscriptReveal.SHORTEST_REASON;

    private final Conversations conversations;
    private final TranscriptReveal reveal;

    TranscriptController(Conversations conversations, TranscriptReveal reveal) {
        this.conversations = conversations;
        this.reveal = reveal;
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
        Optional<String> reason = TranscriptReveal.reason(request == null ? null : request.reason());
        if (reason.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "reason.missing",
                    "message", "Say why you need the unmasked transcript (at least " + SHORTEST_REASON
                            + " characters); it is kept in the audit trail."));
        }
        return reveal.reveal(conversationId, reason.get(), who.getName(), http).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
