package city.civic.admin.tickets;

import java.time.Instant;
import java.util.List;

/**
 * One ticket in the staff worklist ({@code GET /admin/api/tickets}), in DESIGN.md's shape: {@code id},
 * {@code status}, {@code category}, {@code place}, {@code createdAt}, {@code handoff}, then more.
 *
 * @param status {@code received}, {@code assigned}, {@code in_progress}, {@code resolved}, {@code closed},
 *     {@code duplicate}
 * @param category the report category's service code (as Open311 names it)
 * @param place the gazetteer's name of the place; the place as the citizen typed it (masked) when unmatched
 * @param handoff whether the conversation that filed the ticket was handed to a person
 * @param request the citizen's words, personal data masked, shortened for the list
 * @param liveData what the city's systems reported about the place when the ticket was filed
 * @param version pass it back with a status change to be told if someone else changed the ticket meanwhile
 */
public record TicketSummary(
        String id,
        String status,
        String category,
        String place,
        Instant createdAt,
        boolean handoff,
        String categoryName,
        String placeId,
        Double lat,
        Double lon,
        String department,
        String departmentName,
        Instant updatedAt,
        String channel,
        String language,
        String request,
        List<String> liveData,
        String statusNotes,
        String duplicateOf,
        long version) {
}
