package city.civic.dialog.insights;

import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Summarises conversations kept from before summaries existed, from their stored messages, a batch at a
 * time. Run once by the migration that added the summary ({@code V2_10_2}).
 */
public final class SummaryBackfill {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ConversationSummaries summaries;

    public SummaryBackfill(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.summaries = new ConversationSummaries(jdbc);
    }

    /** Returns how many conversations it summarised. */
    public int run() {
        int done = 0;
        String after = "";
        List<String> ids;
        do {
            ids = jdbc.sql("select id from conversation where id > ? order by id limit ?").params(after, BATCH)
                    .query(String.class).list();
            for (String id : ids) {
                summaries.replace(id, TurnTally.of(entries(id)));
                after = id;
            }
            done += ids.size();
        } while (ids.size() == BATCH);
        return done;
    }

    /** Roles and replies are all a tally reads. */
    private List<Transcript.Entry> entries(String conversationId) {
        return jdbc.sql("select role, at, reply from conversation_message where conversation_id = ? order by seq")
                .param(conversationId)
                .query((rs, n) -> new Transcript.Entry(rs.getString(1), "", rs.getTimestamp(2).toInstant(),
                        rs.getString(3) == null ? null : json.readValue(rs.getString(3), Reply.class)))
                .list();
    }
}
