package city.civic.admin.answers;

import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerTransitionException;
import city.civic.knowledge.StaleAnswerVersionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The answers API's refusals as JSON {@code {"error","message"}}: 400 with a code per field, 404 unknown
 * answer, 409 a stale version (with the newer one, so nothing is lost), 422 a move the workflow does not
 * allow. Role refusals are left to Spring Security (JSON 401/403 under /admin/api/).
 */
@RestControllerAdvice(assignableTypes = AnswersApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnswersApiErrors {

    private final AnswerCuration curation;

    AnswersApiErrors(AnswerCuration curation) {
        this.curation = curation;
    }

    @ExceptionHandler(AnswerProblem.class)
    ResponseEntity<Map<String, Object>> problem(AnswerProblem e) {
        return error(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(StaleAnswerVersionException.class)
    ResponseEntity<Map<String, Object>> stale(StaleAnswerVersionException e) {
        var body = body("version.stale", "Someone saved a newer version of this answer since version "
                + e.basedOn() + ". Nothing was changed; here is the newer one.");
        curation.curated(e.answerId(), e.lang()).ifPresent(current -> body.put("current", AnswerJson.of(current)));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(AnswerTransitionException.class)
    ResponseEntity<Map<String, Object>> transition(AnswerTransitionException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "answer.transition_not_allowed",
                "An answer " + WireStatus.of(e.from()) + " cannot become " + WireStatus.of(e.to()) + ".");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, Object>> missing(NoSuchElementException e) {
        return error(HttpStatus.NOT_FOUND, "answer.not_found", "There is no such answer or version.");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> malformed(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "request.malformed", "The body is not the JSON object expected.");
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body(code, message));
    }

    private static Map<String, Object> body(String code, String message) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", code);
        body.put("message", message);
        return body;
    }
}
