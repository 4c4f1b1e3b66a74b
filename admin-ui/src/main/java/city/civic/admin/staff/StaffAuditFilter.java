package city.civic.admin.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One audit row per request a signed-in member of staff makes (refused ones too): who, what, when, and
 * how it ended. Runs after sign-in and before authorization, so the status is the final one.
 */
final class StaffAuditFilter extends OncePerRequestFilter {

    private final StaffAudit audit;

    StaffAuditFilter(StaffAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
                audit.record(who.getName(), "request", request.getMethod(), request.getRequestURI(),
                        response.getStatus(), request.getRemoteAddr(), null);
            }
        }
    }
}
