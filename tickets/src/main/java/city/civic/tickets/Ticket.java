package city.civic.tickets;

import java.time.Instant;

/**
 * A citizen's report as the platform filed it, under the platform's own number.
 *
 * @param centerRequestId the Smart City Center's id once delivered, else null
 * @param statusNotes the center's latest note, if any
 * @param duplicateOf the open ticket about the same problem at the same place this one was linked to
 * @param version counts the ticket's status changes; a change made against an older version is refused
 */
public record Ticket(
        String id,
        String serviceCode,
        String intent,
        String department,
        String description,
        String placeId,
        String location,
        Double lat,
        Double lon,
        String observedWhen,
        String contact,
        String language,
        TicketChannel channel,
        String conversationId,
        TicketStatus status,
        Instant createdAt,
        Instant updatedAt,
        String centerRequestId,
        String statusNotes,
        String duplicateOf,
        long version) {

    /** A ticket as filed, before any change of status. */
    public Ticket(String id, String serviceCode, String intent, String department, String description, String placeId,
            String location, Double lat, Double lon, String observedWhen, String contact, String language,
            TicketChannel channel, String conversationId, TicketStatus status, Instant createdAt, Instant updatedAt,
            String centerRequestId, String statusNotes, String duplicateOf) {
        this(id, serviceCode, intent, department, description, placeId, location, lat, lon, observedWhen, contact,
                language, channel, conversationId, status, createdAt, updatedAt, centerRequestId, statusNotes,
                duplicateOf, 0);
    }
}
