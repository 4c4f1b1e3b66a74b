package city.civic.dialog.tickets;

import city.civic.dialog.TicketStatus;
import city.civic.dialog.TicketStatusChanged;
import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterGateway.CenterRequestStatus;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.CenterUnavailableException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings status changes back from the center: open tickets the center holds are polled, and a
 * change (an operator's note, a closed request) updates the platform's ticket.
 */
public final class TicketStatusSync {

    private static final Logger log = LoggerFactory.getLogger(TicketStatusSync.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final CenterGateway center;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    public TicketStatusSync(JdbcClient jdbc, CenterGateway center, ApplicationEventPublisher events, Clock clock,
            ZoneId zone) {
        this.jdbc = jdbc;
        this.center = center;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    record Open(long seq, String centerId, String status, String notes, java.time.Instant createdAt) {
    }

    /** Returns how many tickets changed. */
    public int synchronize() {
        List<Open> open = jdbc.sql("select seq, center_request_id, status, status_notes, created_at from ticket"
                        + " where center_request_id is not null and status in ('RECEIVED', 'IN_PROGRESS')"
                        + " order by updated_at fetch first ? rows only")
                .param(BATCH)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        int changed = 0;
        for (Open ticket : open) {
            try {
                changed += center.status(ticket.centerId()).map(status -> apply(ticket, status)).orElse(0);
            } catch (CenterUnavailableException | CenterRejectedException e) {
                log.warn("ticket.status_sync.failed center={} reason={}", ticket.centerId(), e.getMessage());
                return changed;
            }
        }
        return changed;
    }

    private int apply(Open ticket, CenterRequestStatus status) {
        TicketStatus next = !status.open() ? TicketStatus.RESOLVED
                : status.statusNotes() != null ? TicketStatus.IN_PROGRESS : TicketStatus.RECEIVED;
        if (next.name().equals(ticket.status()) && java.util.Objects.equals(status.statusNotes(), ticket.notes())) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update ticket set status = ?, status_notes = ?, updated_at = ?, closed_at = ? where seq = ?")
                .params(next.name(), status.statusNotes(), now, next.isClosed() ? now : null, ticket.seq())
                .update();
        String number = JdbcTickets.number(ticket.seq(), ticket.createdAt(), zone);
        events.publishEvent(new TicketStatusChanged(number, next, status.statusNotes()));
        log.info("ticket.status_changed ticket={} status={}", number, next);
        return 1;
    }
}
