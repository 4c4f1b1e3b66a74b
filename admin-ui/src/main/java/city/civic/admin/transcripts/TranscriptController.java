package city.civic.admin.transcripts;

import city.civic.dialog.Conversations;
import city.civic.dialog.Transcript;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A conversation's transcript as officials and counsellors read it (chat or phone: the id is the
 * {@code CIVIC_TRANSCRIPT} a transferred call carries): personal data masked, the recognizer's
 * confidence on each spoken turn.
 */
@RestController
@RequestMapping("/admin/api/transcripts")
class TranscriptController {

    private final Conversations conversations;

    TranscriptController(Conversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/{conversationId}")
    ResponseEntity<Transcript> transcript(@PathVariable String conversationId) {
        return conversations.transcript(conversationId).map(Transcript::masked).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
