package city.civic.admin.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff sign-in ({@code civic.security}).
 *
 * @param admin the first administrator, created when no account of that name exists
 * @param login how failed sign-ins are throttled
 */
@Validated
@ConfigurationProperties("civic.security")
public record StaffSecurityProperties(@Valid @DefaultValue Admin admin, @Valid @DefaultValue Login login) {

    /**
     * @param username {@code CIVIC_ADMIN_USERNAME}; without it the embedded default uses {@code admin}
     * @param password {@code CIVIC_ADMIN_PASSWORD}; without it a random one is printed once in the log
     */
    public record Admin(String username, String password) {

        boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }

    /**
     * @param maxFailures failed sign-ins for one account before it is locked for {@code lockout}
     * @param maxFailuresPerAddress failed sign-ins from one address (any account) before it is locked
     * @param window failures older than this are forgotten
     * @param lockout how long sign-in is refused after too many failures
     */
    public record Login(
            @Min(1) @DefaultValue("5") int maxFailures,
            @Min(1) @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockout) {
    }
}
