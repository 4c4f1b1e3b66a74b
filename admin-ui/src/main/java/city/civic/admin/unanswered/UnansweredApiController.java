package city.civic.admin.unanswered;

import city.civic.admin.staff.StaffAudit;
import city.civic.dialog.PersonalData;
import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredGroup.Outcome;
import city.civic.knowledge.UnansweredGroup.Resolution;
import city.civic.knowledge.UnansweredQueue;
import city.civic.knowledge.UnansweredQuestion;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DESIGN.md "Staff JSON API": {@code GET /admin/api/unanswered} lists the open groups as
 * {@code [{"id","count","examples":[...],"lang","lastAskedAt"}]} (examples masked), and
 * {@code POST /admin/api/unanswered/{id}/resolve {"answerId"}} takes a group out of the queue, linked to an
 * answer. Only the answer id's form is checked: it may be a draft just created through the answers API.
 */
@RestController
@RequestMapping("/admin/api/unanswered")
class UnansweredApiController {

    static final int LISTED = 500;

    private final UnansweredQueue queue;
    private final GroupResolutions resolutions;
    private final StaffAudit audit;
    private final Clock clock;

    UnansweredApiController(UnansweredQueue queue, GroupResolutions resolutions, StaffAudit audit, Clock clock) {
        this.queue = queue;
        this.resolutions = resolutions;
        this.audit = audit;
        this.clock = clock;
    }

    record ResolveRequest(String answerId) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICIAL', 'REVIEWER', 'ADMIN')")
    List<Map<String, Object>> open() {
        return queue.open(null, LISTED).stream().map(UnansweredApiController::json).toList();
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    ResponseEntity<Map<String, Object>> resolve(@PathVariable String id,
            @RequestBody(required = false) ResolveRequest request, Authentication who, HttpServletRequest http) {
        String answerId = request == null ? null : request.answerId();
        AnswerIds.requireWellFormed(answerId);
        long groupId = GroupResolutions.groupId(id);
        UnansweredGroup resolved = resolutions.resolve(groupId,
                new Resolution(Outcome.ANSWER, answerId.strip(), who.getName(), clock.instant()));
        audit.record(who.getName(), "unanswered.resolve", http.getMethod(), http.getRequestURI(), 200,
                http.getRemoteAddr(), "group " + groupId + " answer " + answerId.strip());
        var body = new LinkedHashMap<String, Object>();
        body.put("id", resolved.id());
        body.put("status", "resolved");
        body.put("answerId", answerId.strip());
        body.put("resolvedBy", who.getName());
        body.put("resolvedAt", resolved.resolution().at().toString());
        return ResponseEntity.ok(body);
    }

    @ExceptionHandler(ResolutionRefused.class)
    ResponseEntity<Map<String, String>> refused(ResolutionRefused refused) {
        return ResponseEntity.status(refused.status())
                .body(Map.of("error", refused.code(), "message", refused.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> malformed(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "request.malformed",
                "message", "Send a JSON object such as {\"answerId\":\"faq.passport-fee\"}."));
    }

    private static Map<String, Object> json(UnansweredGroup group) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", group.id());
        body.put("count", group.count());
        body.put("examples", group.examples().stream().map(UnansweredQuestion::question).map(PersonalData::mask)
                .toList());
        body.put("lang", group.lang());
        body.put("lastAskedAt", group.lastAskedAt() == null ? null : group.lastAskedAt().toString());
        return body;
    }
}
