package city.civic.tickets.store;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterGateway.CenterTicket;
import city.civic.integrations.CenterGateway.Submission;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.CenterUnavailableException;
import city.civic.tickets.TicketNumber;
import city.civic.tickets.store.OutboxRows.Row;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Delivers the outbox into the center, exactly once. A row is claimed under a fence (see {@link OutboxRows}): a
 * lease on the database's clock hides it from other workers, and a claim number that every later update checks
 * keeps a worker whose lease lapsed from overwriting another's result. The attempt is counted before the center is
 * called (so a crash mid-call is known), a row with earlier attempts is first searched for at the center, and the
 * claim is confirmed right before submitting, so a worker that stalled past its lease does not submit in parallel
 * with the one that took over. Failures back off exponentially with jitter.
 */
public final class TicketDelivery {

    private static final Logger log = LoggerFactory.getLogger(TicketDelivery.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final OutboxRows rows;
    private final CenterGateway center;
    private final ZoneId zone;
    private final Duration lease;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    /**
     * @param lease how long a claimed row stays hidden from others; a crashed attempt is retried after it. Longer than
     *     the center's call timeout, so a confirmed claim outlives the call it guards.
     */
    public TicketDelivery(JdbcClient jdbc, TransactionOperations transactions, CenterGateway center, ZoneId zone,
            Duration lease, Duration firstBackoff, Duration maxBackoff) {
        this.jdbc = jdbc;
        this.rows = new OutboxRows(jdbc, transactions);
        this.center = center;
        this.zone = zone;
        this.lease = lease;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** Tickets not yet in the center (pending or awaiting a token) and how long the oldest has waited. */
    public record Backlog(long waiting, long oldestSeconds, long rejected) {
    }

    public Backlog backlog() {
        return rows.backlog();
    }

    /** Works through the rows that are due; returns how many were delivered in this pass. */
    public int deliverDue() {
        int delivered = 0;
        for (Row due : rows.due(BATCH)) {
            Optional<Row> held = rows.claim(due, lease);
            if (held.isPresent()) {
                delivered += attempt(held.get()) ? 1 : 0;
            }
        }
        return delivered;
    }

    private boolean attempt(Row held) {
        CenterTicket ticket = ticket(held.seq());
        try {
            if (held.awaitingToken()) {
                return center.resolveToken(held.token()).map(id -> delivered(held, id))
                        .orElseGet(() -> retryLater(held, "token not resolved yet"));
            }
            if (held.attempts() > 0) {
                Optional<String> existing = center.findExisting(ticket);
                if (existing.isPresent()) {
                    log.info("ticket.delivery.found_existing ticket={} center={}", ticket.platformTicketId(),
                            existing.get());
                    return delivered(held, existing.get());
                }
            }
            if (!rows.renew(held, lease)) {
                return lost(held, "before submitting");
            }
            Submission submission = center.submit(ticket);
            if (submission.centerRequestId() != null) {
                return delivered(held, submission.centerRequestId());
            }
            if (!rows.awaitToken(held, submission.token(), firstBackoff)) {
                lost(held, "with a token");
            }
            return false;
        } catch (CenterUnavailableException e) {
            return retryLater(held, e.getMessage());
        } catch (CenterRejectedException e) {
            log.error("ticket.delivery.rejected ticket={} reason={}", ticket.platformTicketId(), e.getMessage());
            if (!rows.rejected(held, e.getMessage())) {
                lost(held, "with a refusal");
            }
            return false;
        }
    }

    private boolean delivered(Row held, String centerRequestId) {
        if (!rows.delivered(held, centerRequestId)) {
            return lost(held, "with center id " + centerRequestId);
        }
        log.info("ticket.delivered seq={} center={}", held.seq(), centerRequestId);
        return true;
    }

    private boolean retryLater(Row held, String reason) {
        long factor = 1L << Math.min(held.attempts(), 16);
        Duration backoff = firstBackoff.multipliedBy(factor);
        if (backoff.compareTo(maxBackoff) > 0) {
            backoff = maxBackoff;
        }
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, backoff.toMillis() / 5));
        if (!rows.retryLater(held, backoff.plusMillis(jitter), reason)) {
            return lost(held, "with a retry");
        }
        log.warn("ticket.delivery.retry seq={} attempt={} reason={}", held.seq(), held.attempts() + 1, reason);
        return false;
    }

    /** The lease lapsed and another worker claimed the row: its result stands, this worker's is dropped. */
    private boolean lost(Row held, String when) {
        log.warn("ticket.delivery.claim_lost seq={} claim={} when={}", held.seq(), held.claim(), when);
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
}
