package city.civic.admin.tickets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/** Who asked for a change, and through which request: for the audit trail. */
public record StaffAction(String username, String method, String path, String clientAddress) {

    public static StaffAction of(Authentication who, HttpServletRequest request) {
        return new StaffAction(who.getName(), request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
    }
}
