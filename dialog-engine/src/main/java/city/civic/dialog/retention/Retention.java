package city.civic.dialog.retention;

import city.civic.dialog.PersonalData;
import city.civic.knowledge.UnansweredQuestions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Deletes what the city no longer needs of its citizens (see {@link RetentionProperties}): old transcripts
 * with their messages and dialog state, the text of old unanswered questions, and the contact of tickets
 * closed long enough ago. Works in small batches, each its own transaction, so a large backlog never
 * holds long locks; a ticket outlives its conversation (its link to it is cleared).
 */
public final class Retention {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final UnansweredQuestions unanswered;
    private final RetentionProperties properties;
    private final Clock clock;

    public Retention(JdbcClient jdbc, TransactionOperations transactions, UnansweredQuestions unanswered,
            RetentionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.unanswered = unanswered;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one pass deleted or cleared. */
    public record Purged(int conversations, int unansweredQuestions, int ticketContacts) {
    }

    public Purged purge() {
        Instant now = clock.instant();
        Instant conversationsBefore = now.minus(properties.conversations());
        int conversations = inBatches(() -> deleteConversations(conversationsBefore));
        int questions = unanswered.forgetAskedBefore(conversationsBefore);
        int contacts = inBatches(() -> clearTicketContacts(now.minus(properties.ticketContact()), now));
        var purged = new Purged(conversations, questions, contacts);
        if (conversations + questions + contacts > 0) {
            log.info("retention.purged conversations={} unanswered={} ticket_contacts={}", conversations,
                    questions, contacts);
        }
        return purged;
    }

    private int deleteConversations(Instant before) {
        return transactions.execute(tx -> {
            List<String> ids = jdbc.sql("select id from conversation where last_active_at < ?"
                            + " order by last_active_at fetch first " + BATCH + " rows only")
                    .param(Timestamp.from(before)).query(String.class).list();
            if (!ids.isEmpty()) {
                jdbc.sql("update ticket set conversation_id = null where conversation_id in (:ids)")
                        .param("ids", ids).update();
                jdbc.sql("delete from conversation_message where conversation_id in (:ids)").param("ids", ids).update();
                jdbc.sql("delete from conversation where id in (:ids)").param("ids", ids).update();
            }
            return ids.size();
        });
    }

    private int clearTicketContacts(Instant closedBefore, Instant now) {
        return transactions.execute(tx -> {
            List<Kept> kept = jdbc.sql("select seq, description, location from ticket where closed_at < ?"
                            + " and personal_data_cleared_at is null order by seq fetch first " + BATCH + " rows only")
                    .param(Timestamp.from(closedBefore))
                    .query((rs, n) -> new Kept(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
            for (Kept ticket : kept) {
                jdbc.sql("update ticket set contact = null, description = ?, location = ?,"
                                + " personal_data_cleared_at = ? where seq = ?")
                        .params(PersonalData.mask(ticket.description), PersonalData.mask(ticket.location),
                                Timestamp.from(now), ticket.seq)
                        .update();
            }
            return kept.size();
        });
    }

    private static int inBatches(java.util.function.IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == BATCH);
        return total;
    }

    private record Kept(long seq, String description, String location) {
    }
}
