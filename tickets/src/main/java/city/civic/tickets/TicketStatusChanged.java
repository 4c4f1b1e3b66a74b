package city.civic.tickets;

/**
 * Staff or the center changed a ticket's status: the center console updates the ticket's card live. The citizen
 * hears the status and {@code notes} when asking by number, read from the ticket itself.
 */
public record TicketStatusChanged(String ticketId, TicketStatus status, String notes) {
}
