package city.civic.tickets;

/**
 * Where a ticket was filed: the chat widget, the phone line, or the Open311 API. The same names as the dialog
 * engine's conversation channels, which depend on this module and not the other way round.
 */
public enum TicketChannel {
    WEB, PHONE, API
}
