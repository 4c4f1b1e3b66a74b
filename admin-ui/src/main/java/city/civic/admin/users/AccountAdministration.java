package city.civic.admin.users;

import city.civic.admin.StaffRole;
import city.civic.admin.staff.StaffAudit;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Every change administrators make to staff accounts, for the pages and the JSON API alike: input checked
 * first (nothing changes on a refusal), then the change, then its own audit row ({@code user.create},
 * {@code user.update}, {@code user.disable}, {@code user.enable}, {@code user.password}), never with a password.
 */
@Component
class AccountAdministration {

    private final StaffDirectory directory;
    private final AccountInput input;
    private final StaffPasswords passwords;
    private final StaffAudit audit;

    AccountAdministration(StaffDirectory directory, AccountInput input, StaffPasswords passwords, StaffAudit audit) {
        this.directory = directory;
        this.input = input;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Who asks, and through which request: for the audit row. */
    record Actor(String username, String method, String path, String address) {

        static Actor of(Authentication who, HttpServletRequest request) {
            return new Actor(who.getName(), request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
        }
    }

    /** @param generatedPassword the password made up for the account, to be shown once; null if one was given */
    record Created(StaffMember member, String generatedPassword) {
    }

    /** @param password null or blank: a strong one is generated */
    Created create(Actor by, String username, String displayName, String department, Collection<String> roles,
            String password) {
        String name = AccountInput.username(username);
        String display = AccountInput.displayName(displayName);
        String departmentId = input.department(department);
        Set<StaffRole> granted = AccountInput.roles(roles);
        boolean generate = password == null || password.isEmpty();
        String initial = generate ? passwords.generate() : password;
        if (!generate) {
            StaffPasswords.check(initial, name);
        }
        StaffMember member = directory.create(name, display, departmentId, granted, initial);
        record(by, "user.create", member);
        return new Created(member, generate ? initial : null);
    }

    StaffMember update(Actor by, String username, String displayName, String department, Collection<String> roles) {
        String display = AccountInput.displayName(displayName);
        String departmentId = input.department(department);
        Set<StaffRole> granted = AccountInput.roles(roles);
        StaffMember member = directory.update(username, display, departmentId, granted);
        record(by, "user.update", member);
        return member;
    }

    StaffMember setEnabled(Actor by, String username, boolean enabled) {
        StaffMember member = directory.setEnabled(username, enabled);
        record(by, enabled ? "user.enable" : "user.disable", member);
        return member;
    }

    /** @return the generated password to show once, or empty when the administrator gave one */
    Optional<String> resetPassword(Actor by, String username, String password) {
        boolean generate = password == null || password.isEmpty();
        String chosen = generate ? passwords.generate() : password;
        if (!generate) {
            StaffPasswords.check(chosen, username);
        }
        directory.setPassword(username, chosen);
        audit.record(by.username(), "user.password", by.method(), by.path(), 200, by.address(),
                "user=" + username + (generate ? " generated" : " chosen by the administrator"));
        return generate ? Optional.of(chosen) : Optional.empty();
    }

    private void record(Actor by, String action, StaffMember member) {
        audit.record(by.username(), action, by.method(), by.path(), 200, by.address(), "user=" + member.username()
                + " enabled=" + member.enabled()
                + " roles=" + member.roles().stream().map(StaffRole::name).sorted().collect(Collectors.joining(","))
                + " department=" + (member.department() == null ? "-" : member.department())
                + " name=" + (member.displayName() == null ? "-" : member.displayName()));
    }
}
