package city.civic.dialog;

/** A ticket's life; maps onto Open311's open/closed. */
public enum TicketStatus {
    RECEIVED, IN_PROGRESS, RESOLVED, CLOSED;

    /** Resolved or closed: the work is done, and the retention of the citizen's contact starts. */
    public boolean isClosed() {
        return this == RESOLVED || this == CLOSED;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
