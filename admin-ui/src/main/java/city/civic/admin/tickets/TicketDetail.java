package city.civic.admin.tickets;

import java.time.Instant;
import java.util.List;

/**
 * One ticket as staff work it ({@code GET /admin/api/tickets/{id}}): the citizen's words and the place as
 * typed, masked; the live data the bot saw; linked duplicates, the history, and what it may become next.
 * The contact is only ever {@code [redacted]} here: {@code POST …/reveal} shows it, audited.
 *
 * @param hasContact whether the citizen left a contact (it is cleared a retention period after closing)
 * @param duplicates the tickets marked or linked as the same problem as this one
 * @param allowed the statuses this ticket may move to now
 */
public record TicketDetail(
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
        String location,
        String observedWhen,
        List<String> liveData,
        boolean hasContact,
        String contact,
        String statusNotes,
        String duplicateOf,
        List<String> duplicates,
        List<String> allowed,
        List<Change> history,
        String conversationId,
        String centerRequestId,
        long version) {

    /** One status change: who (a member of staff, or {@code center}), from what to what, with the note. */
    public record Change(Instant at, String by, String from, String to, String note, String department,
            String duplicateOf) {
    }
}
