package city.civic.admin.dashboard;

/**
 * A request parameter the back office refuses (400): a stable {@code code} for scripts and the pages'
 * message key ({@code input.<code>}), and an English message for the JSON API.
 */
public final class BadInput extends RuntimeException {

    private final String code;

    public BadInput(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The message key of the staff pages' bundles. */
    public String messageKey() {
        return "input." + code;
    }
}
