package city.civic.dialog.insights;

import city.civic.dialog.Channel;
import city.civic.dialog.ConversationInsights;
import city.civic.dialog.ConversationOutcome;
import city.civic.tickets.TicketWorkflow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Transcript search over the conversations' summaries: filters on columns, never on the replies' JSON. */
final class JdbcConversationInsights implements ConversationInsights {

    private static final String COLUMNS = "c.id, c.channel, c.language, c.started_at, c.last_active_at, c.outcome,"
            + " c.turns, c.unanswered_turns";

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final ConversationFigures figures;

    /** @param tickets where the figures' ticket counts come from: the ticket table is the tickets module's */
    JdbcConversationInsights(JdbcClient jdbc, TicketWorkflow tickets, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.figures = new ConversationFigures(jdbc, tickets, zone);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Page search(Search search) {
        var params = new HashMap<String, Object>();
        String where = where(search, params);
        long total = jdbc.sql("select count(*) from conversation c" + where).params(params).query(Long.class).single();
        params.put("limit", search.pageSize());
        params.put("offset", (long) search.page() * search.pageSize());
        List<Summary> rows = jdbc.sql("select " + COLUMNS + " from conversation c" + where
                        + " order by c.started_at desc, c.id limit :limit offset :offset")
                .params(params).query(JdbcConversationInsights::summary).list();
        return new Page(withIntents(rows), search.page(), search.pageSize(), total);
    }

    @Override
    public Optional<Summary> summary(String conversationId) {
        return jdbc.sql("select " + COLUMNS + " from conversation c where c.id = ?").param(conversationId)
                .query(JdbcConversationInsights::summary).optional().map(row -> withIntents(List.of(row)).get(0));
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
        return figures.between(from, to);
    }

    private String where(Search search, Map<String, Object> params) {
        var where = new StringBuilder(" where c.started_at >= :from and c.started_at < :to");
        params.put("from", startOf(search.from()));
        params.put("to", startOf(search.to().plusDays(1)));
        if (search.channel() != null) {
            where.append(" and c.channel = :channel");
            params.put("channel", search.channel().name());
        }
        if (search.outcome() != null) {
            where.append(" and c.outcome = :outcome");
            params.put("outcome", search.outcome().code());
        }
        if (search.intent() != null && !search.intent().isBlank()) {
            where.append(" and exists (select 1 from conversation_intent i where i.conversation_id = c.id"
                    + " and i.intent = :intent)");
            params.put("intent", search.intent().strip().toLowerCase(Locale.ROOT));
        }
        return where.toString();
    }

    private List<Summary> withIntents(List<Summary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var intents = new LinkedHashMap<String, List<String>>();
        jdbc.sql("select conversation_id, intent from conversation_intent where conversation_id in (:ids)"
                        + " order by turns desc, intent")
                .param("ids", rows.stream().map(Summary::conversationId).toList())
                .query((ResultSet rs) -> {
                    intents.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(row -> new Summary(row.conversationId(), row.channel(), row.language(),
                row.startedAt(), row.lastActiveAt(), row.outcome(), row.turns(), row.unansweredTurns(),
                List.copyOf(intents.getOrDefault(row.conversationId(), List.of())))).toList();
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getString(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                ConversationOutcome.parse(rs.getString(6)).orElse(ConversationOutcome.ABANDONED), rs.getInt(7),
                rs.getInt(8), List.of());
    }

    /** The conversation tables keep instants as {@link Timestamp}s (see ConversationStore). */
    Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
