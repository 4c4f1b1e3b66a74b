package city.civic.admin.users;

import java.util.List;

/**
 * An account form as posted (fields as typed; {@link AccountAdministration} checks them). The password is
 * never sent back into a page.
 */
public record AccountForm(String username, String displayName, String department, List<String> roles,
        String password) {

    static AccountForm empty() {
        return new AccountForm("", "", "", List.of(), "");
    }

    List<String> rolesOrNone() {
        return roles == null ? List.of() : roles;
    }

    /** For a template: whether the role's box is ticked. */
    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    AccountForm withoutPassword() {
        return new AccountForm(username, displayName, department, roles, "");
    }
}
