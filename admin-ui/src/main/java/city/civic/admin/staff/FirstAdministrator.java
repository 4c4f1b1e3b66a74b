package city.civic.admin.staff;

import city.civic.admin.StaffRole;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * Creates the first administrator, holding every role, when no account of that name exists yet: from
 * {@code CIVIC_ADMIN_USERNAME}/{@code CIVIC_ADMIN_PASSWORD}, or (embedded default only; production refuses
 * to start without them) {@code admin} with a random password printed once in the log. An existing
 * account is never changed, so a password changed later survives restarts. Of instances started at once on an
 * empty database, one creates the account and the others find it.
 */
final class FirstAdministrator implements ApplicationRunner {

    static final String DEFAULT_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserDetailsManager accounts;
    private final PasswordEncoder passwords;
    private final StaffSecurityProperties.Admin admin;

    FirstAdministrator(UserDetailsManager accounts, PasswordEncoder passwords, StaffSecurityProperties.Admin admin) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = admin.configured();
        String username = configured ? admin.username().strip() : DEFAULT_USERNAME;
        if (accounts.userExists(username)) {
            return;
        }
        String password = configured ? admin.password() : randomPassword();
        try {
            accounts.createUser(User.withUsername(username).password(passwords.encode(password))
                    .authorities(Arrays.stream(StaffRole.values())
                            .map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                    .build());
        } catch (DataIntegrityViolationException e) {
            if (!accounts.userExists(username)) {
                throw e;
            }
            log.info("staff.admin.created_by_another_instance username={}", username);
            return;
        }
        if (configured) {
            log.info("staff.admin.created username={}", username);
        } else {
            log.warn("staff.admin.created username={} password={} (shown once: sign in at /admin/ and keep it safe;"
                    + " set CIVIC_ADMIN_USERNAME and CIVIC_ADMIN_PASSWORD to choose them)", username, password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
