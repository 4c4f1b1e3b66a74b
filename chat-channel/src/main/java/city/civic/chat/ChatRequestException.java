package city.civic.chat;

/** A request the chat channel refuses, with the HTTP status and a stable error code for clients. */
public class ChatRequestException extends RuntimeException {

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public ChatRequestException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    public ChatRequestException(int status, String code, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
