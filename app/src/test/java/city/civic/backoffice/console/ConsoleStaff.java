package city.civic.backoffice.console;

import city.civic.admin.StaffRole;
import city.civic.security.StaffApi;
import java.util.Arrays;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Staff accounts for the console's tests, each with the roles it needs, and their API clients. */
record ConsoleStaff(UserDetailsManager accounts, PasswordEncoder passwords, int port) {

    static final String PASSWORD = "console correct horse";

    /** A new account with a unique name; returns the name. */
    String create(String prefix, StaffRole... roles) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime());
        accounts.createUser(User.withUsername(username).password(passwords.encode(PASSWORD))
                .authorities(Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build());
        return username;
    }

    StaffApi api(String username) {
        return new StaffApi(port, username, PASSWORD);
    }

    StaffApi operator() {
        return api(create("operator", StaffRole.OPERATOR));
    }
}
