package city.civic.tickets.store;

import city.civic.integrations.CenterGateway;
import city.civic.integrations.CenterGateway.CenterTicket;
import city.civic.integrations.CenterGateway.Submission;
import city.civic.integrations.CenterRejectedException;
import city.civic.integrations.CenterUnavailableException;
import city.civic.tickets.TicketNumber;
import city.civic.tickets.store.OutboxRows.Miss;
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
 * with the one that took over. Failures back off exponentially with jitter; waits that may never end (a token that
 * does not resolve, a search the center refuses) are bounded, and then the delivery is held for staff.
 */
public final class TicketDelivery {

    private static final Logger log = LoggerFactory.getLogger(TicketDelivery.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final OutboxRows rows;
    private final CenterGateway center;
    private final ZoneId zone;
    private final TicketDeliveryProperties settings;

    /**
     * @param settings the lease (longer than the center's call timeout, so a confirmed claim outlives the call it
     *     guards), the backoff and the bounds on token polls and refused searches
     */
    public TicketDelivery(JdbcClient jdbc, TransactionOperations transactions, CenterGateway center, ZoneId zone,
            TicketDeliveryProperties settings) {
        this.jdbc = jdbc;
        this.rows = new OutboxRows(jdbc, transactions);
        this.center = center;
        this.zone = zone;
        this.settings = settings;
    }

    /**
     * Tickets not yet in the center (pending or awaiting a token), how long the oldest has waited, those the center
     * refused and those held for staff.
     */
    public record Backlog(long waiting, long oldestSeconds, long rejected, long held) {
    }

    public Backlog backlog() {
        return rows.backlog();
    }

    /** Works through the rows that are due; returns how many were delivered in this pass. */
    public int deliverDue() {
        int delivered = 0;
        for (Row due : rows.due(BATCH)) {
            Optional<Row> held = rows.claim(due, settings.lease());
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
                return pollToken(held, ticket);
            }
            if (held.attempts() > 0) {
                Optional<String> existing;
                try {
                    existing = center.findExisting(ticket);
                } catch (CenterRejectedException e) {
                    return searchRefused(held, ticket, e.getMessage());
                }
                if (existing.isPresent()) {
                    log.info("ticket.delivery.found_existing ticket={} center={}", ticket.platformTicketId(),
                            existing.get());
                    return delivered(held, existing.get());
                }
            }
            if (!rows.renew(held, settings.lease())) {
                return lost(held, "before submitting");
            }
            Submission submission = center.submit(ticket);
            if (submission.centerRequestId() != null) {
                return delivered(held, submission.centerRequestId());
            }
            if (!rows.awaitToken(held, submission.token(), settings.firstBackoff())) {
                lost(held, "with a token");
            }
            return false;
        } catch (CenterUnavailableException e) {
            return retryLater(held, e.getMessage(), Miss.FAILURE);
        } catch (CenterRejectedException e) {
            log.error("ticket.delivery.rejected ticket={} reason={}", ticket.platformTicketId(), e.getMessage());
            if (!rows.rejected(held, e.getMessage())) {
                lost(held, "with a refusal");
            }
            return false;
        }
    }

    /** A token is polled a bounded number of times; then the center is searched, and if it has nothing, staff look. */
    private boolean pollToken(Row held, CenterTicket ticket) {
        Optional<String> resolved;
        try {
            resolved = center.resolveToken(held.token());
        } catch (CenterRejectedException e) {
            resolved = Optional.empty(); // a token the center no longer knows resolves no better later
        }
        if (resolved.isPresent()) {
            return delivered(held, resolved.get());
        }
        if (held.tokenPolls() + 1 < settings.maxTokenPolls()) {
            return retryLater(held, "token not resolved yet", Miss.UNRESOLVED_TOKEN);
        }
        Optional<String> existing;
        try {
            existing = center.findExisting(ticket);
        } catch (CenterRejectedException e) {
            return searchRefused(held, ticket, e.getMessage());
        }
        return existing.isPresent() ? delivered(held, existing.get())
                : hold(held, ticket, "token " + held.token() + " unresolved after " + (held.tokenPolls() + 1)
                        + " polls and no such request found at the center");
    }

    /** A refused search tells nothing of whether the center has the ticket: never a rejection, nor a resubmission. */
    private boolean searchRefused(Row held, CenterTicket ticket, String reason) {
        if (held.searchRefusals() + 1 >= settings.maxSearchRefusals()) {
            return hold(held, ticket, "the center refused the search " + (held.searchRefusals() + 1) + " times: "
                    + reason);
        }
        return retryLater(held, "search refused: " + reason, Miss.REFUSED_SEARCH);
    }

    private boolean hold(Row held, CenterTicket ticket, String reason) {
        log.error("ticket.delivery.held ticket={} reason={}", ticket.platformTicketId(), reason);
        if (!rows.held(held, reason)) {
            lost(held, "while holding");
        }
        return false;
    }

    private boolean delivered(Row held, String centerRequestId) {
        if (!rows.delivered(held, centerRequestId)) {
            return lost(held, "with center id " + centerRequestId);
        }
        log.info("ticket.delivered seq={} center={}", held.seq(), centerRequestId);
        return true;
    }

    private boolean retryLater(Row held, String reason, Miss miss) {
        long factor = 1L << Math.min(held.attempts(), 16);
        Duration backoff = settings.firstBackoff().multipliedBy(factor);
        if (backoff.compareTo(settings.maxBackoff()) > 0) {
            backoff = settings.maxBackoff();
        }
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, backoff.toMillis() / 5));
        if (!rows.retryLater(held, backoff.plusMillis(jitter), reason, miss)) {
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
