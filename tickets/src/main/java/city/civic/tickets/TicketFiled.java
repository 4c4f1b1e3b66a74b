package city.civic.tickets;

/** A ticket was stored; delivery to the center and notifications follow from this event. */
public record TicketFiled(String ticketId, String serviceCode, String department, String conversationId) {
}
