package city.civic.tickets;

/**
 * A ticket was filed, by chat, phone or the Open311 API: the center console shows it live. Delivery to the center
 * does not wait for this event; its outbox row is written in the ticket's own transaction.
 */
public record TicketFiled(String ticketId, String serviceCode, String department, String conversationId) {
}
