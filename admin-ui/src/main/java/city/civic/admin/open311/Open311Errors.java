package city.civic.admin.open311;

import city.civic.integrations.open311.Open311Error;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure under {@code /open311/v2/} is the spec's JSON error array, never an HTML page or the
 * platform's own error object, whatever the client's Accept header says.
 */
@RestControllerAdvice(basePackageClasses = Open311Errors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<List<Open311Error>> refused(Open311Exception e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(e.descriptions().stream().map(d -> new Open311Error(e.status(), d)).toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<List<Open311Error>> unreadable(HttpMessageNotReadableException e) {
        return error(400, "The body is not valid JSON; send application/x-www-form-urlencoded as the spec says,"
                + " or a JSON object of the same fields.");
    }

    /** The spec answers failures of the server itself with 400 "general service error" too. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<List<Open311Error>> unexpected(Exception e) {
        log.error("open311.error", e);
        return error(400, "The request could not be processed right now; please try again later.");
    }

    static ResponseEntity<List<Open311Error>> error(int status, String description) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new Open311Error(status, description)));
    }
}
