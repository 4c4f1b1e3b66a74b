package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.insights.ConversationSummaries;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in the database, the only copy: every turn loads its conversation, and any instance can serve
 * any turn. Saves are optimistic ({@code update ... where version = ?}); a turn runs in one transaction
 * ({@link #serially}) and runs again on fresh state when another instance saved first. Message numbers come from
 * the stored transcript inside that transaction. Each save writes state, new messages and the conversation's
 * summary (for staff search and figures) together, and, for a message with a client message id, the replies it
 * got, so that a re-send to any instance is answered from them ({@link #repliesTo}).
 */
final class ConversationStore {

    /** Attempts at one turn before it fails: a conflict needs two instances on one conversation at once. */
    static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(ConversationStore.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeToLive;
    private final ConversationSummaries summaries;

    ConversationStore(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock,
            Duration timeToLive) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.summaries = new ConversationSummaries(jdbc);
    }

    Conversation create(String id, String tokenHash, Channel channel, ConversationState state) {
        Instant now = clock.instant();
        jdbc.sql("insert into conversation (id, token_hash, channel, language, started_at, last_active_at, state,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, tokenHash, channel.name(), state.language, Timestamp.from(now), Timestamp.from(now),
                        json.writeValueAsString(state))
                .update();
        return new Conversation(id, tokenHash, channel, now, now, state, 0);
    }

    /** The conversation if it exists and has not been idle longer than the time to live. */
    Optional<Conversation> find(String id) {
        return load(id).filter(c -> !c.lastActiveAt.plus(timeToLive).isBefore(clock.instant()));
    }

    /**
     * Runs work (which loads and saves the conversation) in one transaction. When the save finds the conversation
     * changed since it was loaded, everything the work wrote (messages, tickets, hand-offs) is rolled back and the
     * work runs again on the stored state; after {@link #ATTEMPTS} the turn fails, never overwriting the other.
     */
    <T> T serially(String conversationId, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> work.get());
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                // A duplicate key too: another instance's turn inserted the same row (a hand-off) first.
                log.info("conversation.conflict attempt={} reason={}", attempt, e.getClass().getSimpleName());
                if (attempt == ATTEMPTS) {
                    throw new ConversationBusyException(conversationId, attempt, e);
                }
            }
        }
    }

    /**
     * Stores the conversation's state and its new messages if nobody saved it since it was loaded, else throws
     * {@link StaleConversationException} (rolling back the transaction it joins).
     */
    void save(Conversation conversation, List<Transcript.Entry> newEntries) {
        save(conversation, newEntries, null, List.of());
    }

    /**
     * As {@link #save(Conversation, List)}, and records the replies the message with this client message id got
     * (none recorded for a null id). The version check comes first: of two instances handling one id at once, the
     * later fails it and, run again, finds the record; were it to get past, the primary key refuses it.
     */
    void save(Conversation conversation, List<Transcript.Entry> newEntries, String clientMessageId,
            List<Reply> replies) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            int updated = jdbc.sql("update conversation set language = ?, last_active_at = ?, state = ?,"
                            + " version = version + 1 where id = ? and version = ?")
                    .params(conversation.state.language, Timestamp.from(now),
                            json.writeValueAsString(conversation.state), conversation.id, conversation.version)
                    .update();
            if (updated != 1) {
                throw new StaleConversationException(conversation.id, conversation.version);
            }
            int seq = jdbc.sql("select coalesce(max(seq) + 1, 0) from conversation_message where conversation_id = ?")
                    .param(conversation.id).query(Integer.class).single();
            for (Transcript.Entry entry : newEntries) {
                jdbc.sql("insert into conversation_message"
                                + " (conversation_id, seq, role, text, at, reply, asr_confidence)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")
                        .params(conversation.id, seq++, entry.role(), entry.text(), Timestamp.from(entry.at()),
                                entry.reply() == null ? null : json.writeValueAsString(entry.reply()),
                                entry.asrConfidence())
                        .update();
            }
            summaries.add(conversation.id, newEntries);
            if (clientMessageId != null) {
                jdbc.sql("insert into conversation_reply (conversation_id, client_message_id, replies)"
                                + " values (?, ?, ?)")
                        .params(conversation.id, clientMessageId, json.writeValueAsString(replies))
                        .update();
            }
        });
        conversation.version++;
        conversation.lastActiveAt = now;
    }

    /** The replies recorded for the conversation's message with this client message id, as committed by now. */
    Optional<List<Reply>> repliesTo(String conversationId, String clientMessageId) {
        return jdbc.sql("select replies from conversation_reply where conversation_id = ? and client_message_id = ?")
                .params(conversationId, clientMessageId)
                .query((rs, n) -> List.of(json.readValue(rs.getString(1), Reply[].class)))
                .optional();
    }

    Optional<Transcript> transcript(String id) {
        return find(id).map(this::transcript);
    }

    /** Regardless of the time to live: for staff, as long as retention keeps the conversation. */
    Optional<Transcript> keptTranscript(String id) {
        return id == null ? Optional.empty() : load(id).map(this::transcript);
    }

    private Transcript transcript(Conversation c) {
        return new Transcript(c.id, c.channel, c.state.language, c.startedAt,
                jdbc.sql("select role, text, at, reply, asr_confidence from conversation_message"
                                + " where conversation_id = ? order by seq")
                        .param(c.id)
                        .query((rs, n) -> new Transcript.Entry(rs.getString(1), rs.getString(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getString(4) == null ? null : json.readValue(rs.getString(4), Reply.class),
                                rs.getObject(5) == null ? null : rs.getDouble(5)))
                        .list());
    }

    private Optional<Conversation> load(String id) {
        return jdbc.sql("select id, token_hash, channel, started_at, last_active_at, state, version"
                        + " from conversation where id = ?")
                .param(id)
                .query((rs, n) -> new Conversation(rs.getString(1), rs.getString(2),
                        Channel.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), json.readValue(rs.getString(6), ConversationState.class),
                        rs.getLong(7)))
                .optional();
    }
}
