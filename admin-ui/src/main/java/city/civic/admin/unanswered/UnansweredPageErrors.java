package city.civic.admin.unanswered;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** On the pages, an unknown group (or one resolved meanwhile) is the back office's error page with its status. */
@ControllerAdvice(assignableTypes = {UnansweredPages.class, UnansweredActions.class})
class UnansweredPageErrors {

    @ExceptionHandler(ResolutionRefused.class)
    ModelAndView refused(ResolutionRefused refused, HttpServletRequest request) {
        return new ModelAndView("error", Map.of("status", refused.status(), "path", request.getRequestURI()),
                HttpStatus.valueOf(refused.status()));
    }
}
