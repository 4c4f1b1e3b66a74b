package city.civic.tickets.store;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterGateway.CenterTicket;
import city.civic.integrations.CenterGateway.Submission;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.CenterUnavailableException;
import city.civic.tickets.TicketNumber;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Delivers the outbox into the center, exactly once. A row is claimed by moving its next attempt past
 * a lease (so two instances never work on one row), its attempt is counted before the center is
 * called (so a crash mid-call is known), and any row with earlier attempts is first searched for at
 * the center before it is submitted again. Failures back off exponentially with jitter.
 */
public final class TicketDelivery {

    private static final Logger log = LoggerFactory.getLogger(TicketDelivery.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final CenterGateway center;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration lease;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    /** @param lease how long a claimed row stays hidden from others; a crashed attempt is retried after it */
    public TicketDelivery(JdbcClient jdbc, TransactionOperations transactions, CenterGateway center, Clock clock,
            ZoneId zone, Duration lease, Duration firstBackoff, Duration maxBackoff) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.center = center;
        this.clock = clock;
        this.zone = zone;
        this.lease = lease;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    record Due(long seq, String state, int attempts, Instant nextAttemptAt, String token) {
    }

    /** Tickets not yet in the center (pending or awaiting a token) and how long the oldest has waited. */
    public record Backlog(long waiting, long oldestSeconds, long rejected) {
    }

    public Backlog backlog() {
        return jdbc.sql("select count(case when state in ('PENDING', 'AWAITING_TOKEN') then 1 end),"
                        + " min(case when state in ('PENDING', 'AWAITING_TOKEN') then updated_at end),"
                        + " count(case when state = 'REJECTED' then 1 end) from ticket_delivery")
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    long age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant())
                            .toSeconds());
                    return new Backlog(rs.getLong(1), age, rs.getLong(3));
                })
                .single();
    }

    /** Works through the rows that are due; returns how many were delivered in this pass. */
    public int deliverDue() {
        List<Due> due = jdbc.sql("select ticket_seq, state, attempts, next_attempt_at, token from ticket_delivery"
                        + " where state in ('PENDING', 'AWAITING_TOKEN') and next_attempt_at <= ?"
                        + " order by next_attempt_at fetch first ? rows only")
                .params(Timestamp.from(clock.instant()), BATCH)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
        int delivered = 0;
        for (Due row : due) {
            if (claim(row)) {
                delivered += attempt(row) ? 1 : 0;
            }
        }
        return delivered;
    }

    private boolean claim(Due row) {
        return jdbc.sql("update ticket_delivery set next_attempt_at = ?, attempts = attempts + 1, updated_at = ?"
                        + " where ticket_seq = ? and next_attempt_at = ? and state = ?")
                .params(Timestamp.from(clock.instant().plus(lease)), Timestamp.from(clock.instant()), row.seq(),
                        Timestamp.from(row.nextAttemptAt()), row.state())
                .update() == 1;
    }

    private boolean attempt(Due row) {
        CenterTicket ticket = ticket(row.seq());
        try {
            if (row.state().equals("AWAITING_TOKEN")) {
                return center.resolveToken(row.token()).map(id -> delivered(row.seq(), id))
                        .orElseGet(() -> retryLater(row, "token not resolved yet"));
            }
            if (row.attempts() > 0) {
                Optional<String> existing = center.findExisting(ticket);
                if (existing.isPresent()) {
                    log.info("ticket.delivery.found_existing ticket={} center={}", ticket.platformTicketId(),
                            existing.get());
                    return delivered(row.seq(), existing.get());
                }
            }
            Submission submission = center.submit(ticket);
            if (submission.centerRequestId() != null) {
                return delivered(row.seq(), submission.centerRequestId());
            }
            jdbc.sql("update ticket_delivery set state = 'AWAITING_TOKEN', token = ?, next_attempt_at = ?,"
                            + " updated_at = ? where ticket_seq = ?")
                    .params(submission.token(), Timestamp.from(clock.instant().plus(firstBackoff)),
                            Timestamp.from(clock.instant()), row.seq())
                    .update();
            return false;
        } catch (CenterUnavailableException e) {
            return retryLater(row, e.getMessage());
        } catch (CenterRejectedException e) {
            log.error("ticket.delivery.rejected ticket={} reason={}", ticket.platformTicketId(), e.getMessage());
            jdbc.sql("update ticket_delivery set state = 'REJECTED', last_error = ?, updated_at = ? where ticket_seq = ?")
                    .params(cut(e.getMessage()), Timestamp.from(clock.instant()), row.seq()).update();
            return false;
        }
    }

    /** One commit: a crash cannot leave a delivery marked delivered while its ticket has no center id. */
    private boolean delivered(long seq, String centerRequestId) {
        Timestamp now = Timestamp.from(clock.instant());
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update ticket_delivery set state = 'DELIVERED', center_request_id = ?, last_error = null,"
                            + " updated_at = ? where ticket_seq = ?")
                    .params(centerRequestId, now, seq).update();
            jdbc.sql("update ticket set center_request_id = ? where seq = ?").params(centerRequestId, seq).update();
        });
        log.info("ticket.delivered seq={} center={}", seq, centerRequestId);
        return true;
    }

    private boolean retryLater(Due row, String reason) {
        long factor = 1L << Math.min(row.attempts(), 16);
        Duration backoff = firstBackoff.multipliedBy(factor);
        if (backoff.compareTo(maxBackoff) > 0) {
            backoff = maxBackoff;
        }
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, backoff.toMillis() / 5));
        jdbc.sql("update ticket_delivery set next_attempt_at = ?, last_error = ?, updated_at = ? where ticket_seq = ?")
                .params(Timestamp.from(clock.instant().plus(backoff).plusMillis(jitter)), cut(reason),
                        Timestamp.from(clock.instant()), row.seq())
                .update();
        log.warn("ticket.delivery.retry seq={} attempt={} reason={}", row.seq(), row.attempts() + 1, reason);
        return false;
    }

    private CenterTicket ticket(long seq) {
        return jdbc.sql("select service_code, description, location, lat, lon, created_at, duplicate_of from ticket"
                        + " where seq = ?")
                .param(seq)
                .query((rs, n) -> new CenterTicket(TicketNumber.of(seq, rs.getTimestamp(6).toInstant(), zone),
                        rs.getString(1), rs.getString(7) == null ? rs.getString(2)
                                : rs.getString(2) + " (same problem as " + rs.getString(7) + ")", rs.getString(3),
                        rs.getObject(4, Double.class), rs.getObject(5, Double.class), rs.getTimestamp(6).toInstant()))
                .single();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
