package city.civic.admin.handoffs;

import city.civic.dialog.HandoffException;
import city.civic.dialog.Handoffs;
import city.civic.dialog.Transcript;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff JSON API of hand-offs (DESIGN.md), for operators and administrators: the open hand-offs, picking a
 * chat up under a display name, writing to the citizen, handing back to the bot, closing.
 */
@RestController
@RequestMapping("/admin/api/handoffs")
class HandoffApiController {

    private final Handoffs handoffs;
    private final CounsellorActions actions;

    HandoffApiController(Handoffs handoffs, CounsellorActions actions) {
        this.handoffs = handoffs;
        this.actions = actions;
    }

    record PickUp(String name) {
    }

    record Message(String text) {
    }

    /** A counsellor's message as the transcript keeps it (role {@code agent}). */
    record MessageJson(String role, String text, Instant at, String counsellor) {
    }

    @GetMapping
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    List<HandoffJson> open() {
        return handoffs.open().stream().map(HandoffJson::of).toList();
    }

    @PostMapping("/{conversationId}/pickup")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    HandoffJson pickUp(@PathVariable String conversationId, @RequestBody(required = false) PickUp request,
            Authentication who, HttpServletRequest http) {
        return HandoffJson.of(actions.pickUp(conversationId, request == null ? null : request.name(), who, http));
    }

    @PostMapping("/{conversationId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    MessageJson say(@PathVariable String conversationId, @RequestBody(required = false) Message request,
            Authentication who, HttpServletRequest http) {
        Transcript.Entry entry = actions.say(conversationId, request == null ? null : request.text(), who, http);
        return new MessageJson(entry.role(), entry.text(), entry.at(), entry.reply().agent().name());
    }

    @PostMapping("/{conversationId}/handback")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    HandoffJson handBack(@PathVariable String conversationId, Authentication who, HttpServletRequest http) {
        return HandoffJson.of(actions.handBack(conversationId, who, http));
    }

    @PostMapping("/{conversationId}/close")
    @PreAuthorize(CounsellorActions.COUNSELLORS)
    HandoffJson close(@PathVariable String conversationId, Authentication who, HttpServletRequest http) {
        return HandoffJson.of(actions.close(conversationId, who, http));
    }

    @ExceptionHandler(HandoffException.class)
    ResponseEntity<Map<String, String>> refused(HandoffException e) {
        return ResponseEntity.status(status(e)).body(Map.of("error", e.code(), "message", e.getMessage()));
    }

    static HttpStatus status(HandoffException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
    }
}
