/**
 * The platform's tickets, the API the dialog engine files them through and the back office works them through:
 * {@link city.civic.tickets.Ticket}, {@link city.civic.tickets.Tickets}, {@link city.civic.tickets.TicketWorkflow},
 * the ticket number's format and the events {@link city.civic.tickets.TicketFiled} and
 * {@link city.civic.tickets.TicketStatusChanged}. Storage and delivery to the center live in {@code store}.
 */
@ApplicationModule(allowedDependencies = "integrations")
package city.civic.tickets;

import org.springframework.modulith.ApplicationModule;
