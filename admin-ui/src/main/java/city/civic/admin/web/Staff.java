package city.civic.admin.web;

import city.civic.admin.StaffRole;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;

/** The signed-in member of staff, as pages see them: name and roles, to show what they may do. */
public record Staff(String username, Set<StaffRole> roles) {

    public static Staff of(Authentication who) {
        var roles = EnumSet.noneOf(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            if (who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
                roles.add(role);
            }
        }
        return new Staff(who.getName(), roles);
    }

    /** Whether they hold any of the roles (names, for templates: {@code staff.has('OPERATOR')}). */
    public boolean has(String... names) {
        return Arrays.stream(names).map(StaffRole::valueOf).anyMatch(roles::contains);
    }
}
