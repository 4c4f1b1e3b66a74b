package city.civic.admin.handoffs;

import city.civic.admin.staff.StaffAudit;
import city.civic.dialog.Handoff;
import city.civic.dialog.Handoffs;
import city.civic.dialog.Transcript;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What a counsellor does to a hand-off, from the API or the page alike, each with its own audit row
 * ({@code handoff.pickup}, {@code handoff.message}, {@code handoff.close}) besides the per-request one.
 */
@Component
class CounsellorActions {

    /** Who may work hand-offs: counsellors sit in the center console. */
    static final String COUNSELLORS = "hasAnyRole('OPERATOR', 'ADMIN')";

    private final Handoffs handoffs;
    private final AuditRow audit;

    /** One row of the staff audit trail ({@link StaffAudit#record}). */
    interface AuditRow {
        void record(String username, String action, String method, String path, Integer status, String clientAddress,
                String detail);
    }

    @Autowired
    CounsellorActions(Handoffs handoffs, StaffAudit audit) {
        this(handoffs, audit::record);
    }

    CounsellorActions(Handoffs handoffs, AuditRow audit) {
        this.handoffs = handoffs;
        this.audit = audit;
    }

    Handoff pickUp(String conversationId, String name, Authentication who, HttpServletRequest http) {
        Handoff handoff = handoffs.pickUp(conversationId, name, who.getName());
        record(who, "handoff.pickup", http, 200, "shown as " + handoff.counsellor());
        return handoff;
    }

    /** The audit keeps the message's length, not its words: the transcript has them. */
    Transcript.Entry say(String conversationId, String text, Authentication who, HttpServletRequest http) {
        Transcript.Entry entry = handoffs.say(conversationId, who.getName(), text);
        record(who, "handoff.message", http, 201, entry.text().length() + " characters");
        return entry;
    }

    Handoff handBack(String conversationId, Authentication who, HttpServletRequest http) {
        Handoff handoff = handoffs.handBack(conversationId);
        record(who, "handoff.close", http, 200, "handed back to the bot");
        return handoff;
    }

    Handoff close(String conversationId, Authentication who, HttpServletRequest http) {
        Handoff handoff = handoffs.close(conversationId);
        record(who, "handoff.close", http, 200, "closed");
        return handoff;
    }

    private void record(Authentication who, String action, HttpServletRequest http, int status, String detail) {
        audit.record(who.getName(), action, http.getMethod(), http.getRequestURI(), status, http.getRemoteAddr(),
                detail);
    }
}
