package city.civic.admin.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** How the staff JSON API refuses: a small JSON error with a stable code, never the sign-in page. */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "civic-staff";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(response, 429, "sign_in.throttled", throttled.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        write(response, 401, "unauthenticated", "Sign in as staff (session or HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException && isStranger(request)) { // no session, no credentials: sign in first
            commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
            return;
        }
        if (e instanceof CsrfException) {
            write(response, 403, "csrf.invalid", "Missing or wrong CSRF token: send the page's X-CSRF-TOKEN, or use"
                    + " HTTP Basic with a JSON body.");
            return;
        }
        write(response, 403, "forbidden", "Your role may not do this.");
    }

    /**
     * A call to the JSON API with neither a session nor credentials (the CSRF check runs before HTTP Basic is
     * read, so credentials sent count as signing in). The sign-in form keeps its 403.
     */
    private static boolean isStranger(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        return !signedIn && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestURI().startsWith(request.getContextPath() + "/admin/api/");
    }

    private static void write(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }
}
