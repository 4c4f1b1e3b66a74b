package city.civic.tickets;

/**
 * A status change that cannot be made as asked: nothing was changed.
 *
 * @see TicketWorkflow#change
 */
public class TicketChangeRefusedException extends RuntimeException {

    /** {@code ticket.not_found}, {@code transition.refused}, {@code duplicate.unknown}, {@code duplicate.self}. */
    private final String code;

    public TicketChangeRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
