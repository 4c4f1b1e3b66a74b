package city.civic.admin.users;

import city.civic.admin.StaffRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts in the tables Spring Security signs in from ({@code staff_user}, {@code staff_authority}).
 * Every change that could take away the last enabled administrator locks the administrators' rows first and
 * is refused, so two administrators disabling each other at once cannot leave the city without one.
 */
class StaffDirectory {

    private static final String COLUMNS = "username, display_name, department, enabled, created_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffDirectory(JdbcClient jdbc, TransactionTemplate transactions, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * What a session depends on: whether the account may sign in, its authorities ({@code ROLE_ADMIN}), and
     * when an administrator last set its password (null if never).
     */
    record SignInState(boolean enabled, Set<String> authorities, Instant passwordChangedAt) {
    }

    List<StaffMember> all() {
        Map<String, Set<StaffRole>> roles = new HashMap<>();
        jdbc.sql("select username, authority from staff_authority").query((ResultSet rs) -> {
            String username = rs.getString(1);
            role(rs.getString(2)).ifPresent(role -> roles.computeIfAbsent(username,
                    name -> EnumSet.noneOf(StaffRole.class)).add(role));
        });
        return jdbc.sql("select " + COLUMNS + " from staff_user order by username")
                .query((rs, n) -> member(rs, roles.getOrDefault(rs.getString(1), Set.of()))).list();
    }

    Optional<StaffMember> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where username = ?").param(username)
                .query((rs, n) -> member(rs, roles(username))).optional();
    }

    Optional<SignInState> signInState(String username) {
        return jdbc.sql("select enabled, password_changed_at from staff_user where username = ?").param(username)
                .query((rs, n) -> new SignInState(rs.getBoolean(1), new TreeSet<>(authorities(username)),
                        instant(rs.getObject(2, OffsetDateTime.class))))
                .optional();
    }

    /** @param password checked by {@link StaffPasswords}; stored as a bcrypt hash */
    StaffMember create(String username, String displayName, String department, Set<StaffRole> roles,
            String password) {
        return transactions.execute(tx -> {
            if (jdbc.sql("select count(*) from staff_user where username = ?").param(username).query(Long.class)
                    .single() > 0) {
                throw new StaffChangeRefused("user.exists", "An account of that name exists already.");
            }
            jdbc.sql("insert into staff_user (username, password, enabled, display_name, department)"
                            + " values (?, ?, true, ?, ?)")
                    .params(username, passwords.encode(password), displayName, department).update();
            writeRoles(username, roles);
            return find(username).orElseThrow();
        });
    }

    StaffMember update(String username, String displayName, String department, Set<StaffRole> roles) {
        return transactions.execute(tx -> {
            StaffMember member = existing(username);
            keepAnAdministrator(username, member.enabled() && roles.contains(StaffRole.ADMIN));
            jdbc.sql("update staff_user set display_name = ?, department = ? where username = ?")
                    .params(displayName, department, username).update();
            writeRoles(username, roles);
            return find(username).orElseThrow();
        });
    }

    StaffMember setEnabled(String username, boolean enabled) {
        return transactions.execute(tx -> {
            StaffMember member = existing(username);
            keepAnAdministrator(username, enabled && member.has(StaffRole.ADMIN));
            jdbc.sql("update staff_user set enabled = ? where username = ?").params(enabled, username).update();
            return find(username).orElseThrow();
        });
    }

    void setPassword(String username, String password) {
        existing(username);
        jdbc.sql("update staff_user set password = ?, password_changed_at = ? where username = ?")
                .params(passwords.encode(password), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), username)
                .update();
    }

    /**
     * Refuses when the account is today the only enabled administrator and would not stay one. Locks the
     * enabled administrators' rows until the transaction ends.
     */
    private void keepAnAdministrator(String username, boolean staysEnabledAdministrator) {
        List<String> administrators = jdbc.sql("select username from staff_user where enabled = true and username in"
                        + " (select username from staff_authority where authority = ?) order by username for update")
                .param(StaffRole.ADMIN.authority()).query(String.class).list();
        if (!staysEnabledAdministrator && administrators.equals(List.of(username))) {
            throw new StaffChangeRefused("user.last_admin",
                    "This is the only enabled administrator: make another administrator first.");
        }
    }

    private StaffMember existing(String username) {
        return find(username).orElseThrow(() -> new NoSuchElementException("No staff account " + username));
    }

    private void writeRoles(String username, Set<StaffRole> roles) {
        jdbc.sql("delete from staff_authority where username = ?").param(username).update();
        for (StaffRole role : roles) {
            jdbc.sql("insert into staff_authority (username, authority) values (?, ?)")
                    .params(username, role.authority()).update();
        }
    }

    private Set<StaffRole> roles(String username) {
        var roles = EnumSet.noneOf(StaffRole.class);
        authorities(username).forEach(authority -> role(authority).ifPresent(roles::add));
        return roles;
    }

    private List<String> authorities(String username) {
        return jdbc.sql("select authority from staff_authority where username = ?").param(username)
                .query(String.class).list();
    }

    private static Optional<StaffRole> role(String authority) {
        for (StaffRole role : StaffRole.values()) {
            if (role.authority().equals(authority)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static StaffMember member(ResultSet rs, Set<StaffRole> roles) throws SQLException {
        return new StaffMember(rs.getString(1), rs.getString(2), rs.getString(3),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), rs.getBoolean(4),
                instant(rs.getObject(5, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
