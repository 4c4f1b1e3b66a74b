package city.civic.admin.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a staff password (form or HTTP Basic) unless the account or the address is locked after too many
 * failures; every failure and refusal is audited.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final StaffAudit audit;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginAttempts attempts, StaffAudit audit) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        String address = clientAddress(request);
        try {
            attempts.checkAllowed(username, address);
        } catch (LoginThrottledException e) {
            audit.record(username, "sign-in.throttled", null, null, null, address, null);
            throw e;
        }
        try {
            Authentication result = passwords.authenticate(request);
            attempts.succeeded(username);
            return result;
        } catch (AuthenticationException e) {
            attempts.failed(username, address);
            audit.record(username, "sign-in.failed", null, null, null, address, e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String clientAddress(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }
}
