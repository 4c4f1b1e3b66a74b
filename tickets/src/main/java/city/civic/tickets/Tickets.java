package city.civic.tickets;

import java.util.List;
import java.util.Optional;

/** The platform's tickets: filed from chat and phone, read by number. */
public interface Tickets {

    Ticket file(NewTicket ticket);

    /** Finds a ticket by its number, tolerant of case and spacing ("sc 2026 000123"). */
    Optional<Ticket> find(String ticketNumber);

    List<Ticket> recent(int limit);

    /** Tickets matching every given criterion (null or empty = any), newest first. */
    List<Ticket> search(TicketQuery query);

    /**
     * @param ids platform ticket numbers
     * @param from filed at or after; @param to filed before
     */
    record TicketQuery(List<String> ids, String serviceCode, java.time.Instant from, java.time.Instant to,
            List<TicketStatus> statuses, int limit) {
    }

    record NewTicket(String serviceCode, String intent, String department, String description, String placeId,
            String location, Double lat, Double lon, String observedWhen, String contact, String language,
            TicketChannel channel, String conversationId) {
    }
}
