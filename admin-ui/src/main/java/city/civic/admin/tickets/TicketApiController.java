package city.civic.admin.tickets;

import city.civic.dialog.Language;
import city.civic.tickets.TicketChangedMeanwhileException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff JSON API over tickets (DESIGN.md "Staff JSON API"), for center operators and administrators.
 * Refusals are JSON {@code {"error","message"}}: 400 malformed, 404 unknown ticket, 409 changed meanwhile
 * (with the ticket as it is now), 422 a change the ticket's status does not allow.
 */
@RestController
@RequestMapping("/admin/api/tickets")
class TicketApiController {

    private final TicketDesk desk;

    TicketApiController(TicketDesk desk) {
        this.desk = desk;
    }

    record RevealRequest(String reason) {
    }

    /** @param lang the language of category, place and department names ({@code en} by default) */
    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    List<TicketSummary> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String department,
            @RequestParam(required = false) String lang) {
        return desk.list(TicketFilter.parse(status, category, department), language(lang));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    TicketDetail ticket(@PathVariable String id, @RequestParam(required = false) String lang) {
        return desk.detail(id, language(lang)).orElseThrow(() -> new TicketRequestException(404, "ticket.not_found",
                "There is no ticket " + id + "."));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    TicketDetail changeStatus(@PathVariable String id, @RequestBody(required = false) StatusRequest request,
            @RequestParam(required = false) String lang, Authentication who, HttpServletRequest http) {
        if (request == null || request.to() == null) {
            throw new TicketRequestException(400, "status.missing", "Send {\"to\": \"assigned\", \"note\": …}.");
        }
        var changed = desk.change(id, request, StaffAction.of(who, http));
        return desk.detail(changed.id(), language(lang)).orElseThrow();
    }

    /** With a reason; kept in the audit trail. */
    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    TicketDesk.Revealed reveal(@PathVariable String id, @RequestBody(required = false) RevealRequest request,
            Authentication who, HttpServletRequest http) {
        return desk.reveal(id, request == null ? null : request.reason(), StaffAction.of(who, http));
    }

    @ExceptionHandler(TicketRequestException.class)
    ResponseEntity<Map<String, Object>> refused(TicketRequestException e) {
        return ResponseEntity.status(e.status()).body(error(e.code(), e.getMessage()));
    }

    @ExceptionHandler(TicketChangedMeanwhileException.class)
    ResponseEntity<Map<String, Object>> changedMeanwhile(TicketChangedMeanwhileException e) {
        Map<String, Object> body = error("ticket.changed", e.getMessage() + " Read it again and decide anew.");
        body.put("ticket", desk.detail(e.current().id(), Language.EN).orElse(null));
        return ResponseEntity.status(409).body(body);
    }

    private static Map<String, Object> error(String code, String message) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", code);
        body.put("message", message);
        return body;
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.EN);
    }
}
