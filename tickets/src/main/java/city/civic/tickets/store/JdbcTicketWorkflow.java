package city.civic.tickets.store;

import city.civic.tickets.Ticket;
import city.civic.tickets.TicketChangeRefusedException;
import city.civic.tickets.TicketChangedMeanwhileException;
import city.civic.tickets.TicketNumber;
import city.civic.tickets.TicketStatus;
import city.civic.tickets.TicketStatusChanged;
import city.civic.tickets.TicketWorkflow;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Status changes as one conditional update on the ticket's version plus a history row, in one transaction:
 * of two operators changing the same ticket at once, the second finds the version moved and is refused.
 */
public final class JdbcTicketWorkflow implements TicketWorkflow {

    private static final Logger log = LoggerFactory.getLogger(JdbcTicketWorkflow.class);
    static final int MAX_NOTE = 1000;

    private final JdbcTickets tickets;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public JdbcTicketWorkflow(JdbcTickets tickets, JdbcClient jdbc, TransactionOperations transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The event is published after the change is stored (after the caller's transaction, if it has one). */
    @Override
    public Ticket change(Change change) {
        Ticket changed = transactions.execute(tx -> apply(change));
        events.publishEvent(new TicketStatusChanged(changed.id(), changed.status(), changed.statusNotes()));
        log.info("ticket.status_changed ticket={} status={} by={}", changed.id(), changed.status().code(),
                change.changedBy());
        return changed;
    }

    private Ticket apply(Change change) {
        Ticket current = tickets.find(change.ticketId()).orElseThrow(() -> new TicketChangeRefusedException(
                "ticket.not_found", "There is no ticket " + change.ticketId() + "."));
        if (change.expectedVersion() != null && change.expectedVersion() != current.version()) {
            throw new TicketChangedMeanwhileException(current);
        }
        if (!current.status().canBecome(change.to())) {
            throw new TicketChangeRefusedException("transition.refused", "A " + current.status().code()
                    + " ticket cannot become " + change.to().code() + "; it may become " + codes(current.status())
                    + ".");
        }
        String duplicateOf = duplicateOf(current, change);
        String department = change.department() == null ? current.department() : change.department();
        String note = cut(blankToNull(change.note()));
        Instant now = clock.instant();
        long seq = seq(current);
        int updated = jdbc.sql("update ticket set status = ?, status_notes = ?, department = ?, duplicate_of = ?,"
                        + " closed_at = " + (change.to().isClosed() ? "coalesce(closed_at, ?)" : "?") + ","
                        + " updated_at = ?, version = version + 1 where seq = ? and version = ?")
                .params(change.to().name(), note, department, duplicateOf,
                        change.to().isClosed() ? Timestamp.from(now) : null, Timestamp.from(now), seq,
                        current.version())
                .update();
        if (updated == 0) {
            throw new TicketChangedMeanwhileException(tickets.findBySeq(seq).orElseThrow());
        }
        record(seq, now, current.status(), change.to(), department, duplicateOf, note, change.changedBy());
        return tickets.findBySeq(seq).orElseThrow();
    }

    /** A duplicate names another, existing ticket; going back to received unlinks it; otherwise it is kept. */
    private String duplicateOf(Ticket current, Change change) {
        if (change.to() == TicketStatus.RECEIVED && current.status() == TicketStatus.DUPLICATE) {
            return null;
        }
        if (change.to() != TicketStatus.DUPLICATE) {
            return current.duplicateOf();
        }
        if (change.duplicateOf() == null || change.duplicateOf().isBlank()) {
            throw new TicketChangeRefusedException("duplicate.unknown", "Say which ticket this one repeats.");
        }
        Ticket original = tickets.find(change.duplicateOf()).orElseThrow(() -> new TicketChangeRefusedException(
                "duplicate.unknown", "There is no ticket " + change.duplicateOf() + "."));
        if (original.id().equals(current.id())) {
            throw new TicketChangeRefusedException("duplicate.self", "A ticket cannot repeat itself.");
        }
        return original.id();
    }

    /** Written by the center's synchronisation too, so the history shows every change. */
    void record(long seq, Instant at, TicketStatus from, TicketStatus to, String department, String duplicateOf,
            String note, String changedBy) {
        jdbc.sql("insert into ticket_status_change (ticket_seq, at, from_status, to_status, department,"
                        + " duplicate_of, note, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), from.name(), to.name(), department,
                        duplicateOf, note, cut(changedBy, 64))
                .update();
    }

    @Override
    public List<HistoryEntry> history(String ticketId) {
        return tickets.find(ticketId).map(ticket -> jdbc.sql("select at, from_status, to_status, note, department,"
                        + " duplicate_of, changed_by from ticket_status_change where ticket_seq = ? order by id")
                .param(seq(ticket))
                .query((rs, n) -> new HistoryEntry(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        TicketStatus.valueOf(rs.getString(2)), TicketStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list()).orElse(List.of());
    }

    @Override
    public List<Ticket> duplicatesOf(String ticketId) {
        return tickets.find(ticketId).map(ticket -> tickets.select("duplicate_of = ? order by seq desc",
                List.of(ticket.id()))).orElse(List.of());
    }

    @Override
    public List<Ticket> worklist(Worklist filter) {
        var condition = new StringBuilder("1 = 1");
        var params = new ArrayList<Object>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            condition.append(" and status in (").append(String.join(", ",
                    Collections.nCopies(filter.statuses().size(), "?"))).append(")");
            filter.statuses().forEach(status -> params.add(status.name()));
        }
        if (filter.serviceCode() != null && !filter.serviceCode().isBlank()) {
            condition.append(" and service_code = ?");
            params.add(filter.serviceCode());
        }
        if (filter.department() != null && !filter.department().isBlank()) {
            condition.append(" and department = ?");
            params.add(filter.department());
        }
        condition.append(" order by seq desc fetch first ? rows only");
        params.add(filter.limit());
        return tickets.select(condition.toString(), params);
    }

    @Override
    public List<Tally> tally(Instant from, Instant to) {
        return jdbc.sql("select service_code, status, count(*) from ticket where created_at >= ? and created_at < ?"
                        + " group by service_code, status order by service_code, status")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Tally(rs.getString(1), TicketStatus.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    static long seq(Ticket ticket) {
        return TicketNumber.sequence(ticket.id());
    }

    private static String codes(TicketStatus status) {
        return status.next().isEmpty() ? "nothing else"
                : String.join(", ", status.next().stream().map(TicketStatus::code).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text) {
        return cut(text, MAX_NOTE);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
