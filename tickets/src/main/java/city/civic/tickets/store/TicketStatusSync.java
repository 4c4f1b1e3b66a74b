package city.civic.tickets.store;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterGateway.CenterRequestStatus;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.CenterUnavailableException;
import city.civic.tickets.TicketNumber;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketStatusChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Brings status changes back from the center: open tickets the center holds are polled in turn, a batch at a time,
 * the least recently polled first. A request the center closed resolves the ticket; a new note from the center
 * becomes what the citizen hears and moves a received or assigned ticket to in progress. The center's unchanged
 * note never overwrites an operator's newer one ({@code center_notes} keeps the center's last), and the center
 * never moves a ticket back.
 */
public final class TicketStatusSync {

    /** Who the history names for the center's changes. */
    static final String CENTER = "center";
    private static final Logger log = LoggerFactory.getLogger(TicketStatusSync.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final CenterGateway center;
    private final JdbcTicketWorkflow history;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    public TicketStatusSync(JdbcClient jdbc, CenterGateway center, JdbcTicketWorkflow history,
            TransactionOperations transactions, ApplicationEventPublisher events, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.center = center;
        this.history = history;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    record Open(long seq, String centerId, TicketStatus status, String statusNotes, String centerNotes,
            String department, java.time.Instant createdAt, long version) {
    }

    /** Returns how many tickets changed. */
    public int synchronize() {
        List<Open> open = jdbc.sql("select seq, center_request_id, status, status_notes, center_notes, department,"
                        + " created_at, version from ticket where center_request_id is not null"
                        + " and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')"
                        + " order by last_polled_at nulls first, seq fetch first ? rows only")
                .param(BATCH)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getString(2), TicketStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getLong(8)))
                .list();
        int changed = 0;
        for (Open ticket : open) {
            Optional<CenterRequestStatus> status;
            try {
                status = center.status(ticket.centerId());
            } catch (CenterUnavailableException e) {
                log.warn("ticket.status_sync.failed center={} reason={}", ticket.centerId(), e.getMessage());
                return changed; // the center is away: the rest of the batch waits for the next pass
            } catch (CenterRejectedException e) {
                log.warn("ticket.status_sync.refused center={} reason={}", ticket.centerId(), e.getMessage());
                status = Optional.empty(); // one refused request must not hold up the others
            }
            polled(ticket);
            changed += status.map(answer -> apply(ticket, answer)).orElse(0);
        }
        return changed;
    }

    /** Every poll counts, changed or not, so the next pass asks about the tickets asked about longest ago. */
    private void polled(Open ticket) {
        jdbc.sql("update ticket set last_polled_at = current_timestamp where seq = ?").param(ticket.seq()).update();
    }

    private int apply(Open ticket, CenterRequestStatus status) {
        boolean newNote = status.statusNotes() != null && !status.statusNotes().isBlank()
                && !status.statusNotes().equals(ticket.centerNotes());
        TicketStatus next = !status.open() ? TicketStatus.RESOLVED
                : newNote && ticket.status() != TicketStatus.IN_PROGRESS ? TicketStatus.IN_PROGRESS : ticket.status();
        if (next == ticket.status() && !newNote) {
            return 0;
        }
        // Closed without a note of its own: an operator's older note ("a crew is on the way") would mislead.
        String heard = newNote || !status.open() ? status.statusNotes() : ticket.statusNotes();
        Timestamp now = Timestamp.from(clock.instant());
        boolean stored = Boolean.TRUE.equals(transactions.execute(tx -> {
            int updated = jdbc.sql("update ticket set status = ?, status_notes = ?, center_notes = ?, updated_at = ?,"
                            + " version = version + 1, closed_at = " + (next.isClosed() ? "coalesce(closed_at, ?)" : "?")
                            + " where seq = ? and version = ?")
                    .params(next.name(), heard, status.statusNotes(), now, next.isClosed() ? now : null, ticket.seq(),
                            ticket.version())
                    .update();
            if (updated == 1) {
                history.record(ticket.seq(), now.toInstant(), ticket.status(), next, ticket.department(), null,
                        status.statusNotes(), CENTER);
            }
            return updated == 1;
        }));
        if (!stored) {
            return 0; // a member of staff changed it meanwhile; the next pass starts from their change
        }
        String number = TicketNumber.of(ticket.seq(), ticket.createdAt(), zone);
        events.publishEvent(new TicketStatusChanged(number, next, heard));
        log.info("ticket.status_changed ticket={} status={} by=center", number, next);
        return 1;
    }
}
