package city.civic.tickets;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket's life: received, assigned to a department, in progress, resolved, closed; or a duplicate of
 * another ticket. Maps onto Open311's open/closed ({@link #isClosed()}).
 */
public enum TicketStatus {
    RECEIVED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, DUPLICATE;

    /** Resolved, closed or a duplicate: the work here is done, and the retention of the citizen's contact starts. */
    public boolean isClosed() {
        return this == RESOLVED || this == CLOSED || this == DUPLICATE;
    }

    /** The statuses a member of staff may move a ticket to from this one. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, DUPLICATE);
            // Assigned again: handed to another department.
            case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, DUPLICATE);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, RESOLVED, CLOSED, DUPLICATE);
            // Reopened when the problem came back or the fix did not hold.
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
            // Not the same problem after all: back to the queue.
            case DUPLICATE -> EnumSet.of(RECEIVED);
        };
    }

    public boolean canBecome(TicketStatus next) {
        return next().contains(next);
    }

    /** The lower-case name used in JSON and URLs ({@code in_progress}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a {@link #code()}, case-insensitive; empty for anything else. */
    public static Optional<TicketStatus> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (TicketStatus status : values()) {
            if (status.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
