package city.civic.integrations.traffic;

/**
 * One call to a traffic source failed. The message never contains the request URI: it carries the
 * API key.
 */
public class FeedException extends RuntimeException {

    /** What went wrong, which decides whether a second attempt can help. */
    public enum Kind {
        /** no answer within the timeout: not retried, a citizen is waiting and the cache covers */
        TIMEOUT,
        /** connection refused or reset: retried once */
        CONNECTION,
        /** HTTP 5xx: retried once */
        SERVER_ERROR,
        /** another HTTP status */
        HTTP_STATUS,
        /** daily quota exhausted (ITS 4001, gateway 22): a retry only spends more quota */
        QUOTA,
        /** key missing, unregistered or suspended (ITS or gateway 30, GITS 7) */
        KEY,
        /** any other error code in the envelope */
        ERROR_CODE,
        /** a body that is not the expected format (an HTML page, broken JSON or XML) */
        MALFORMED
    }

    private final Kind kind;

    public FeedException(Kind kind, String message) {
        super(kind + ": " + message);
        this.kind = kind;
    }

    public FeedException(Kind kind, String message, Throwable cause) {
        super(kind + ": " + message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Only transient failures of an idempotent GET are worth a second attempt. */
    public boolean retryable() {
        return kind == Kind.CONNECTION || kind == Kind.SERVER_ERROR;
    }
}
