package city.civic.dialog;

import java.time.Instant;

/** A citizen's report as the platform filed it, under the platform's own number. */
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
        Channel channel,
        String conversationId,
        TicketStatus status,
        Instant createdAt,
        Instant updatedAt) {
}
