package city.civic.admin.staff;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** A form sign-in: audited, then on to the page the person first asked for (or the back office home). */
final class AuditedSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final StaffAudit audit;

    AuditedSignIn(StaffAudit audit, String home) {
        this.audit = audit;
        setDefaultTargetUrl(home);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication who) throws ServletException, IOException {
        audit.record(who.getName(), "sign-in", request.getMethod(), request.getRequestURI(), null,
                request.getRemoteAddr(), null);
        super.onAuthenticationSuccess(request, response, who);
    }
}
