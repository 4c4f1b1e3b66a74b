package city.civic.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in member of staff into every back-office page's model, for the layout's menu. */
@ControllerAdvice(basePackages = "city.civic.admin")
class StaffPages {

    /** For the menu to mark the current section. */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("staff")
    Staff staff(Authentication who) {
        return who == null || who instanceof AnonymousAuthenticationToken ? null : Staff.of(who);
    }
}
