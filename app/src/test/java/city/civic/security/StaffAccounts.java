package city.civic.security;

import city.civic.admin.StaffRole;
import java.util.Arrays;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Creates staff accounts for a test, each with the roles it needs. */
record StaffAccounts(UserDetailsManager accounts, PasswordEncoder passwords) {

    static final String PASSWORD = "correct horse battery";

    /** A new account with a unique name; returns the name. */
    String create(String prefix, StaffRole... roles) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime());
        accounts.createUser(User.withUsername(username).password(passwords.encode(PASSWORD))
                .authorities(Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build());
        return username;
    }
}
