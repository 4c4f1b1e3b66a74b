package city.civic.tickets;

/** The center changed a ticket's status; the citizen sees it when asking by number. */
public record TicketStatusChanged(String ticketId, TicketStatus status, String notes) {
}
