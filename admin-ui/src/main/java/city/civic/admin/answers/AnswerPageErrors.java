package city.civic.admin.answers;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown answer (or a malformed request) on the pages: the back office's error page with its status. */
@ControllerAdvice(assignableTypes = {AnswerPagesController.class, AnswerListController.class})
class AnswerPageErrors {

    @ExceptionHandler(AnswerProblem.class)
    ModelAndView problem(AnswerProblem e, HttpServletRequest request) {
        var page = new ModelAndView("error");
        page.setStatus(e.status());
        page.addObject("status", e.status().value());
        page.addObject("path", request.getRequestURI());
        return page;
    }
}
