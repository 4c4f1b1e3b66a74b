package city.civic.dialog;

/** A ticket's life; maps onto Open311's open/closed. */
public enum TicketStatus {
    RECEIVED, IN_PROGRESS, RESOLVED, CLOSED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
