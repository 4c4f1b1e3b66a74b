package city.civic.admin.unanswered;

/**
 * Turning a group into something was refused, before anything changed. {@code code} is stable for scripts;
 * pages show the message of {@code unanswered.error.<code>} from the bundle instead of the English message.
 */
final class ResolutionRefused extends RuntimeException {

    private final String code;
    private final int status;

    ResolutionRefused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ResolutionRefused badRequest(String code, String message) {
        return new ResolutionRefused(400, code, message);
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }
}
