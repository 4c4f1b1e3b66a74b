package city.civic.admin.users;

import city.civic.admin.StaffRole;
import java.time.Instant;
import java.util.Set;

/**
 * A staff account as administrators see it; never its password.
 *
 * @param displayName the person's name, as colleagues know it; may be null
 * @param department the id of the department they work for; may be null
 */
public record StaffMember(String username, String displayName, String department, Set<StaffRole> roles,
        boolean enabled, Instant createdAt) {

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
