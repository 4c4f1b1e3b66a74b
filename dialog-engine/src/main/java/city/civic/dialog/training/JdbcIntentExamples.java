package city.civic.dialog.training;

import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.State;
import city.civic.dialog.IntentTraining.Summary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Table {@code intent_example} with officials' edits: {@code pending} is null for a live example,
 * {@code added} for one the live model has not learnt yet, {@code removed} for one it still knows.
 */
final class JdbcIntentExamples {

    private static final String COLUMNS = "id, intent, lang, text, pending, edited_by, edited_at";
    static final String CURRENT = "(pending is null or pending = 'added')";

    private final JdbcClient jdbc;

    JdbcIntentExamples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> intents() {
        return jdbc.sql("select distinct intent from intent_example order by intent").query(String.class).list();
    }

    List<Summary> summaries() {
        return jdbc.sql("select intent,"
                        + " sum(case when lang = 'en' and " + CURRENT + " then 1 else 0 end),"
                        + " sum(case when lang = 'ko' and " + CURRENT + " then 1 else 0 end),"
                        + " sum(case when pending = 'added' then 1 else 0 end),"
                        + " sum(case when pending = 'removed' then 1 else 0 end)"
                        + " from intent_example group by intent order by intent")
                .query((rs, n) -> new Summary(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    List<Example> examples(String intent, String lang) {
        return jdbc.sql("select " + COLUMNS + " from intent_example where intent = ? and lang = ? order by id")
                .params(intent, lang).query(JdbcIntentExamples::map).list();
    }

    /** Every example of a language, whatever its state: for duplicate checks. */
    List<Example> inLanguage(String lang) {
        return jdbc.sql("select " + COLUMNS + " from intent_example where lang = ? order by id")
                .param(lang).query(JdbcIntentExamples::map).list();
    }

    /** Every example, whatever its state, in one read: what a training starts from. */
    List<Example> all() {
        return jdbc.sql("select " + COLUMNS + " from intent_example order by id").query(JdbcIntentExamples::map).list();
    }

    Optional<Example> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from intent_example where id = ?").param(id)
                .query(JdbcIntentExamples::map).optional();
    }

    int currentCount(String intent, String lang) {
        return jdbc.sql("select count(*) from intent_example where intent = ? and lang = ? and " + CURRENT)
                .params(intent, lang).query(Integer.class).single();
    }

    long insertAdded(String intent, String lang, String text, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into intent_example (lang, intent, text, pending, edited_by, edited_at)"
                        + " values (?, ?, ?, 'added', ?, ?)")
                .params(lang, intent, text, by, utc(at)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void mark(long id, State state, String by, Instant at) {
        String pending = switch (state) {
            case LIVE -> null;
            case ADDED -> "added";
            case REMOVED -> "removed";
        };
        jdbc.sql("update intent_example set pending = ?, edited_by = ?, edited_at = ? where id = ?")
                .params(pending, by, utc(at), id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from intent_example where id = ?").param(id).update();
    }

    /** What a training learnt goes live: its additions become live examples, the removals it left out go. */
    void settle(Collection<Long> learntAdditions, Collection<Long> leftOutRemovals) {
        for (List<Long> batch : batches(learntAdditions)) {
            jdbc.sql("update intent_example set pending = null where pending = 'added' and id in (:ids)")
                    .param("ids", batch).update();
        }
        for (List<Long> batch : batches(leftOutRemovals)) {
            jdbc.sql("delete from intent_example where pending = 'removed' and id in (:ids)")
                    .param("ids", batch).update();
        }
    }

    private static List<List<Long>> batches(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        var batches = new java.util.ArrayList<List<Long>>();
        for (int from = 0; from < all.size(); from += 500) {
            batches.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return batches;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Example map(ResultSet rs, int row) throws SQLException {
        String pending = rs.getString("pending");
        State state = pending == null ? State.LIVE : "added".equals(pending) ? State.ADDED : State.REMOVED;
        OffsetDateTime at = rs.getObject("edited_at", OffsetDateTime.class);
        return new Example(rs.getLong("id"), rs.getString("intent"), rs.getString("lang"), rs.getString("text"),
                state, rs.getString("edited_by"), at == null ? null : at.toInstant());
    }
}
