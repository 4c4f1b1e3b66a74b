package city.civic.tickets.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The outbox's rows under fenced claims. Claiming a row takes its next claim number and a lease on the
 * database's clock (never a JVM's: instances' clocks differ); every later update of the row names that number in
 * its WHERE, so a worker whose lease lapsed and whose row another worker claimed meanwhile changes nothing.
 */
final class OutboxRows {

    /** An instant some milliseconds after the database's now; portable between H2 and PostgreSQL. */
    private static final String FROM_NOW = "current_timestamp + cast(? as bigint) * interval '0.001' second";
    private static final String FENCE = " where ticket_seq = ? and claim = ?";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    OutboxRows(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * A row as read, or as held after {@link #claim}.
     *
     * @param attempts attempts before this one: more than none means the center may already have the ticket
     * @param claim the claim number the row had when read; once claimed, the one this worker holds
     * @param tokenPolls polls of the token that came back unresolved
     * @param searchRefusals searches for the ticket that the center refused
     */
    record Row(long seq, String state, int attempts, long claim, String token, int tokenPolls, int searchRefusals) {

        boolean awaitingToken() {
            return state.equals("AWAITING_TOKEN");
        }
    }

    /** What a retry counts towards its bound, besides the attempt. */
    enum Miss {
        FAILURE(""),
        UNRESOLVED_TOKEN(", token_polls = token_polls + 1"),
        REFUSED_SEARCH(", search_refusals = search_refusals + 1");

        private final String count;

        Miss(String count) {
            this.count = count;
        }
    }

    List<Row> due(int limit) {
        return jdbc.sql("select ticket_seq, state, attempts, claim, token, token_polls, search_refusals"
                        + " from ticket_delivery"
                        + " where state in ('PENDING', 'AWAITING_TOKEN') and next_attempt_at <= current_timestamp"
                        + " order by next_attempt_at fetch first ? rows only")
                .param(limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    /** Takes the row if it is still due and nobody claimed it since it was read; counts the attempt first. */
    Optional<Row> claim(Row row, Duration lease) {
        int claimed = jdbc.sql("update ticket_delivery set claim = claim + 1, attempts = attempts + 1,"
                        + " next_attempt_at = " + FROM_NOW + ", updated_at = current_timestamp" + FENCE
                        + " and state = ? and next_attempt_at <= current_timestamp")
                .params(lease.toMillis(), row.seq(), row.claim(), row.state())
                .update();
        return claimed == 1 ? Optional.of(new Row(row.seq(), row.state(), row.attempts(), row.claim() + 1,
                row.token(), row.tokenPolls(), row.searchRefusals())) : Optional.empty();
    }

    /** Confirms the claim and extends its lease, right before a call the center must not receive twice. */
    boolean renew(Row held, Duration lease) {
        return jdbc.sql("update ticket_delivery set next_attempt_at = " + FROM_NOW + FENCE)
                .params(lease.toMillis(), held.seq(), held.claim()).update() == 1;
    }

    /** Marks the delivery done and gives the ticket its center id, in one commit. */
    boolean delivered(Row held, String centerRequestId) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            int marked = jdbc.sql("update ticket_delivery set state = 'DELIVERED', center_request_id = ?,"
                            + " last_error = null, updated_at = current_timestamp" + FENCE)
                    .params(centerRequestId, held.seq(), held.claim()).update();
            if (marked == 1) {
                jdbc.sql("update ticket set center_request_id = ? where seq = ?")
                        .params(centerRequestId, held.seq()).update();
            }
            return marked == 1;
        }));
    }

    boolean awaitToken(Row held, String token, Duration wait) {
        return jdbc.sql("update ticket_delivery set state = 'AWAITING_TOKEN', token = ?, next_attempt_at = "
                        + FROM_NOW + ", updated_at = current_timestamp" + FENCE)
                .params(token, wait.toMillis(), held.seq(), held.claim()).update() == 1;
    }

    boolean retryLater(Row held, Duration wait, String reason, Miss miss) {
        return jdbc.sql("update ticket_delivery set next_attempt_at = " + FROM_NOW + ", last_error = ?,"
                        + " updated_at = current_timestamp" + miss.count + FENCE)
                .params(wait.toMillis(), cut(reason), held.seq(), held.claim()).update() == 1;
    }

    boolean rejected(Row held, String reason) {
        return finished(held, "REJECTED", reason);
    }

    /** Held for staff: nothing tells whether the center has the ticket, and trying again would not. */
    boolean held(Row held, String reason) {
        return finished(held, "HELD", reason);
    }

    private boolean finished(Row held, String state, String reason) {
        return jdbc.sql("update ticket_delivery set state = ?, last_error = ?, updated_at = current_timestamp" + FENCE)
                .params(state, cut(reason), held.seq(), held.claim()).update() == 1;
    }

    /** Tickets not yet in the center (pending or awaiting a token), how long the oldest has waited, by the database. */
    TicketDelivery.Backlog backlog() {
        return jdbc.sql("select count(case when state in ('PENDING', 'AWAITING_TOKEN') then 1 end),"
                        + " min(case when state in ('PENDING', 'AWAITING_TOKEN') then updated_at end),"
                        + " count(case when state = 'REJECTED' then 1 end), current_timestamp,"
                        + " count(case when state = 'HELD' then 1 end) from ticket_delivery")
                .query((rs, n) -> {
                    var oldest = rs.getTimestamp(2);
                    long age = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), rs.getTimestamp(4).toInstant())
                                    .toSeconds());
                    return new TicketDelivery.Backlog(rs.getLong(1), age, rs.getLong(3), rs.getLong(5));
                })
                .single();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
