package city.civic.admin.staff;

import city.civic.admin.StaffRole;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the page staff land on after signing in. */
@Controller
class SignInController {

    @GetMapping(StaffSecurityConfiguration.LOGIN_PAGE)
    String signIn() {
        return "admin/login";
    }

    @GetMapping({"/admin", "/admin/"})
    String home(Authentication who, Model model) {
        model.addAttribute("username", who.getName());
        model.addAttribute("roles", Arrays.stream(StaffRole.values())
                .filter(role -> who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority())))
                .map(Enum::name).toList());
        return "admin/home";
    }
}
