package city.civic.tickets;

import java.time.Instant;
import java.util.List;

/**
 * How staff work tickets: status changes with a note the citizen hears when asking by number, each kept in
 * the ticket's history. Every change is checked against the allowed transitions ({@link TicketStatus#next()})
 * and, when the caller says which version it saw, against changes made meanwhile by someone else.
 * A change publishes {@link TicketStatusChanged}.
 */
public interface TicketWorkflow {

    /**
     * @throws TicketChangeRefusedException when the ticket is unknown, the transition is not allowed, or a
     *     duplicate names no other ticket
     * @throws TicketChangedMeanwhileException when the ticket is no longer at {@code expectedVersion}
     */
    Ticket change(Change change);

    /** The ticket's status changes, oldest first. */
    List<HistoryEntry> history(String ticketId);

    /** The tickets marked or linked as the same problem as this one, newest first. */
    List<Ticket> duplicatesOf(String ticketId);

    /** The tickets matching every given criterion (null or empty = any), newest first. */
    List<Ticket> worklist(Worklist filter);

    /** The tickets filed at or after {@code from} and before {@code to}, counted per category and status. */
    List<Tally> tally(Instant from, Instant to);

    /**
     * @param note what the citizen hears when asking by number; null clears it
     * @param department the department to assign to; null keeps the ticket's
     * @param duplicateOf the ticket this one repeats; required for {@link TicketStatus#DUPLICATE}
     * @param expectedVersion the {@link Ticket#version()} the caller saw; null to skip the check
     * @param changedBy who changed it: a staff member's name, or {@code center}
     */
    record Change(String ticketId, TicketStatus to, String note, String department, String duplicateOf,
            Long expectedVersion, String changedBy) {
    }

    record HistoryEntry(Instant at, TicketStatus from, TicketStatus to, String note, String department,
            String duplicateOf, String changedBy) {
    }

    /** @param serviceCode the report category */
    record Tally(String serviceCode, TicketStatus status, long count) {
    }

    /** @param serviceCode the report category */
    record Worklist(List<TicketStatus> statuses, String serviceCode, String department, int limit) {
    }
}
