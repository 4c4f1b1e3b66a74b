package city.civic.admin.tickets;

/** A staff request about a ticket that cannot be carried out as asked; nothing was changed. */
public class TicketRequestException extends RuntimeException {

    private final int status;
    private final String code;

    public TicketRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
