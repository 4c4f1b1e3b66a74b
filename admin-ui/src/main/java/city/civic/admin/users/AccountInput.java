package city.civic.admin.users;

import city.civic.admin.StaffRole;
import city.civic.admin.dashboard.BadInput;
import city.civic.knowledge.Departments;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrator's input about an account, checked field by field (pages and JSON API alike); each refusal
 * names its field's rule ({@code input.<code>} in the bundles).
 */
final class AccountInput {

    static final int LONGEST_NAME = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    private final Departments departments;

    AccountInput(Departments departments) {
        this.departments = departments;
    }

    /** 3-64 characters: lower-case letters, digits, dots, dashes, underscores; starting with a letter. */
    static String username(String given) {
        String username = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new BadInput("username.invalid", "A username is 3 to 64 lower-case letters, digits, dots, dashes or"
                    + " underscores, starting with a letter.");
        }
        return username;
    }

    /** Optional; at most 100 characters, no control characters. Null when blank. */
    static String displayName(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String name = given.strip();
        if (name.length() > LONGEST_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new BadInput("name.invalid", "A name is at most " + LONGEST_NAME + " characters on one line.");
        }
        return name;
    }

    /** Optional; one of the city's departments. Null when blank. */
    String department(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String id = given.strip();
        if (id.length() > 64 || departments.find(id).isEmpty()) {
            throw new BadInput("department.invalid", "Choose one of the city's departments.");
        }
        return id;
    }

    /** At least one of OFFICIAL, REVIEWER, OPERATOR, ADMIN. */
    static Set<StaffRole> roles(Collection<String> given) {
        var roles = EnumSet.noneOf(StaffRole.class);
        if (given != null) {
            for (String name : given) {
                roles.add(role(name));
            }
        }
        if (roles.isEmpty()) {
            throw new BadInput("roles.missing", "Give the account at least one role.");
        }
        return roles;
    }

    private static StaffRole role(String name) {
        for (StaffRole role : StaffRole.values()) {
            if (name != null && role.name().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        throw new BadInput("role.invalid", "Roles are OFFICIAL, REVIEWER, OPERATOR and ADMIN.");
    }
}
