package city.civic.admin.users;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session signed in earlier ends at its next request when its account was disabled, its roles changed, or
 * an administrator set its password since: the account is read again on every staff request (an indexed
 * look-up), so no instance of the platform keeps serving a session an administrator has taken away. Runs
 * after Spring Security has established who is asking. HTTP Basic requests were just checked against the
 * same rows and pass.
 */
final class AccountStillValidFilter extends OncePerRequestFilter {

    static final String SIGN_IN = "/admin/login";
    /** The password time the session first saw; another one later means the password was reset. */
    static final String PASSWORD_SEEN = AccountStillValidFilter.class.getName() + ".passwordChangedAt";

    private final StaffDirectory directory;

    AccountStillValidFilter(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken
                || stillValid(who, session)) {
            chain.doFilter(request, response);
            return;
        }
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/admin/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"session.ended\",\"message\":\"Your account was disabled or"
                    + " changed: sign in again.\"}");
        } else {
            response.sendRedirect(request.getContextPath() + SIGN_IN);
        }
    }

    private boolean stillValid(Authentication who, HttpSession session) {
        Set<String> held = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).collect(Collectors.toCollection(TreeSet::new));
        return directory.signInState(who.getName())
                .filter(StaffDirectory.SignInState::enabled)
                .filter(state -> state.authorities().equals(held))
                .filter(state -> samePassword(session, String.valueOf(state.passwordChangedAt())))
                .isPresent();
    }

    private static boolean samePassword(HttpSession session, String passwordChangedAt) {
        if (session == null) {
            return true;
        }
        Object seen = session.getAttribute(PASSWORD_SEEN);
        if (seen == null) {
            session.setAttribute(PASSWORD_SEEN, passwordChangedAt);
            return true;
        }
        return seen.equals(passwordChangedAt);
    }
}
