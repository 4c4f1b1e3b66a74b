package city.civic.integrations;

/** The center refused the request (a 4xx answer): retrying the same request will not help. */
public class CenterRejectedException extends RuntimeException {

    public CenterRejectedException(String message) {
        super(message);
    }
}
