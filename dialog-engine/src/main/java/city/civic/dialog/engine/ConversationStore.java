package city.civic.dialog.engine;

import city.civic.dialog.Channel;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.insights.ConversationSummaries;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in the database (any instance can serve any turn after a restart), with the active
 * ones cached in memory. Each turn is written through in one transaction: state, new messages and the
 * conversation's summary (for staff search and figures).
 */
final class ConversationStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeToLive;
    private final Cache<String, Conversation> active;
    private final ConversationSummaries summaries;

    ConversationStore(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock,
            Duration timeToLive) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.active = Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofMinutes(30)).build();
        this.summaries = new ConversationSummaries(jdbc);
    }

    Conversation create(String id, String tokenHash, Channel channel, ConversationState state) {
        Instant now = clock.instant();
        jdbc.sql("insert into conversation (id, token_hash, channel, language, started_at, last_active_at, state)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, tokenHash, channel.name(), state.language, Timestamp.from(now), Timestamp.from(now),
                        json.writeValueAsString(state))
                .update();
        var conversation = new Conversation(id, tokenHash, channel, now, now, state, 0);
        active.put(id, conversation);
        return conversation;
    }

    /** The conversation if it exists and has not been idle longer than the time to live. */
    Optional<Conversation> find(String id) {
        Conversation conversation = active.getIfPresent(id);
        if (conversation == null) {
            conversation = load(id).orElse(null);
            if (conversation != null) {
                active.put(id, conversation);
            }
        }
        if (conversation == null || conversation.lastActiveAt.plus(timeToLive).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(conversation);
    }

    void save(Conversation conversation, List<Transcript.Entry> newEntries) {
        conversation.lastActiveAt = clock.instant();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update conversation set language = ?, last_active_at = ?, state = ? where id = ?")
                    .params(conversation.state.language, Timestamp.from(conversation.lastActiveAt),
                            json.writeValueAsString(conversation.state), conversation.id)
                    .update();
            for (Transcript.Entry entry : newEntries) {
                jdbc.sql("insert into conversation_message"
                                + " (conversation_id, seq, role, text, at, reply, asr_confidence)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")
                        .params(conversation.id, conversation.nextSeq++, entry.role(), entry.text(),
                                Timestamp.from(entry.at()),
                                entry.reply() == null ? null : json.writeValueAsString(entry.reply()),
                                entry.asrConfidence())
                        .update();
            }
            summaries.add(conversation.id, newEntries);
        });
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
        return jdbc.sql("select id, token_hash, channel, started_at, last_active_at, state,"
                        + " (select count(*) from conversation_message m where m.conversation_id = c.id)"
                        + " from conversation c where id = ?")
                .param(id)
                .query((rs, n) -> new Conversation(rs.getString(1), rs.getString(2),
                        Channel.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), json.readValue(rs.getString(6), ConversationState.class),
                        rs.getInt(7)))
                .optional();
    }
}
