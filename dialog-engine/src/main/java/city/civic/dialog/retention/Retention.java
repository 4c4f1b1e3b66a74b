package city.civic.dialog.retention;

import city.civic.dialog.PersonalData;
import city.civic.knowledge.UnansweredQuestions;
import city.civic.tickets.TicketRetention;
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
    private final TicketRetention tickets;
    private final RetentionProperties properties;
    private final Clock clock;

    public Retention(JdbcClient jdbc, TransactionOperations transactions, UnansweredQuestions unanswered,
            TicketRetention tickets, RetentionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.unanswered = unanswered;
        this.tickets = tickets;
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
        Instant closedBefore = now.minus(properties.ticketContact());
        int contacts = inBatches(() -> tickets.clearPersonalData(closedBefore, PersonalData::mask, BATCH));
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
                tickets.forgetConversations(ids);
                jdbc.sql("delete from conversation_message where conversation_id in (:ids)").param("ids", ids).update();
                jdbc.sql("delete from conversation where id in (:ids)").param("ids", ids).update();
            }
            return ids.size();
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
}
