package city.civic.admin.answers;

import city.civic.admin.staff.StaffAudit;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds a row with a clear action ({@code answer.create}, {@code answer.edit}, {@code answer.publish}, ...) to
 * the staff audit trail, next to the row every request gets: curation changes what citizens are told.
 */
@Component
class AnswerAuditing {

    private final StaffAudit audit;

    AnswerAuditing(StaffAudit audit) {
        this.audit = audit;
    }

    void record(String username, String action, String detail) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            var request = servlet.getRequest();
            audit.record(username, action, request.getMethod(), request.getRequestURI(), null,
                    request.getRemoteAddr(), detail);
        } else {
            audit.record(username, action, null, null, null, null, detail);
        }
    }
}
