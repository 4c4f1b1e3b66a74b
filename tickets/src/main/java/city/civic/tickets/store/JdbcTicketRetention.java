package city.civic.tickets.store;

import city.civic.tickets.TicketRetention;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Retention over the ticket table: {@code personal_data_cleared_at} marks a ticket done, so a pass never repeats. */
final class JdbcTicketRetention implements TicketRetention {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    JdbcTicketRetention(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void forgetConversations(Collection<String> conversationIds) {
        if (!conversationIds.isEmpty()) {
            jdbc.sql("update ticket set conversation_id = null where conversation_id in (:ids)")
                    .param("ids", conversationIds).update();
        }
    }

    @Override
    public int clearPersonalData(Instant closedBefore, UnaryOperator<String> mask, int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        return transactions.execute(tx -> {
            List<Kept> kept = jdbc.sql("select seq, description, location from ticket where closed_at < ?"
                            + " and personal_data_cleared_at is null order by seq fetch first ? rows only")
                    .params(Timestamp.from(closedBefore), limit)
                    .query((rs, n) -> new Kept(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
            for (Kept ticket : kept) {
                jdbc.sql("update ticket set contact = null, description = ?, location = ?,"
                                + " personal_data_cleared_at = ? where seq = ?")
                        .params(mask.apply(ticket.description), mask.apply(ticket.location), now, ticket.seq)
                        .update();
            }
            return kept.size();
        });
    }

    private record Kept(long seq, String description, String location) {
    }
}
