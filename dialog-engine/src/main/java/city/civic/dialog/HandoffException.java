package city.civic.dialog;

/** A counsellor's action on a hand-off that cannot be done; the code and message are for the staff API. */
public final class HandoffException extends RuntimeException {

    /** How a caller should answer it: unknown, not possible in the hand-off's state, or bad input. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;

    public HandoffException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
