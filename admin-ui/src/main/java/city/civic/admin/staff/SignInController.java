package city.civic.admin.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the page staff land on after signing in. */
@Controller
class SignInController {

    @GetMapping(StaffSecurityConfiguration.LOGIN_PAGE)
    String signIn() {
        return "admin/login";
    }

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "admin/home";
    }
}
