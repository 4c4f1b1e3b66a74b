package city.civic.admin.answers;

import org.springframework.http.HttpStatus;

/**
 * A request about answers that cannot be done as asked, with a stable code for scripts (the JSON API's
 * {@code error}) and for the pages' messages ({@code answers.error.<code>}).
 */
class AnswerProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    AnswerProblem(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static AnswerProblem badRequest(String code, String message) {
        return new AnswerProblem(HttpStatus.BAD_REQUEST, code, message);
    }

    static AnswerProblem notFound(String id) {
        return new AnswerProblem(HttpStatus.NOT_FOUND, "answer.not_found", "There is no answer " + id + ".");
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
