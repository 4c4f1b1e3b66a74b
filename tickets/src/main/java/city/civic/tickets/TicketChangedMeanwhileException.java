package city.civic.tickets;

/**
 * Someone else changed the ticket after the caller read it: nothing was changed, so no one's change is lost.
 * Carries the ticket as it is now, for the caller to decide again.
 */
public class TicketChangedMeanwhileException extends RuntimeException {

    private final transient Ticket current;

    public TicketChangedMeanwhileException(Ticket current) {
        super("Ticket " + current.id() + " was changed meanwhile; it is now " + current.status().code()
                + " (version " + current.version() + ").");
        this.current = current;
    }

    public Ticket current() {
        return current;
    }
}
