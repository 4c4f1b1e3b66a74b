package city.civic.integrations;

/** The center did not answer in time, is down, or answered with a server error: retry later. */
public class CenterUnavailableException extends RuntimeException {

    public CenterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CenterUnavailableException(String message) {
        super(message);
    }
}
