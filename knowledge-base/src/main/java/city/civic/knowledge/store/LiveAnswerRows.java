package city.civic.knowledge.store;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The table {@code answer}: what citizens get, one row per answer and language (published or archived). */
final class LiveAnswerRows {

    private static final String COLUMNS = "id, lang, topic, department, question, alternatives, body, status";

    private final JdbcClient jdbc;

    LiveAnswerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Answer> all() {
        return jdbc.sql("select " + COLUMNS + " from answer order by id, lang").query(LiveAnswerRows::map).list();
    }

    List<Answer> published() {
        return jdbc.sql("select " + COLUMNS + " from answer where status = 'PUBLISHED' order by id, lang")
                .query(LiveAnswerRows::map).list();
    }

    Optional<Answer> find(String id, String lang) {
        return jdbc.sql("select " + COLUMNS + " from answer where id = ? and lang = ?")
                .params(id, lang).query(LiveAnswerRows::map).optional();
    }

    /** Makes a version the one citizens get. */
    void publish(Answer a, int version) {
        var now = Timestamp.from(Instant.now());
        String alternatives = String.join(AnswerVersionRows.SEPARATOR, a.alternatives());
        int updated = jdbc.sql("update answer set topic = ?, department = ?, question = ?, alternatives = ?,"
                        + " body = ?, status = ?, updated_at = ?, live_version = ? where id = ? and lang = ?")
                .params(a.topic(), a.department(), a.question(), alternatives, a.text(),
                        AnswerStatus.PUBLISHED.name(), now, version, a.id(), a.lang())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into answer (" + COLUMNS + ", updated_at, live_version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(a.id(), a.lang(), a.topic(), a.department(), a.question(), alternatives, a.text(),
                            AnswerStatus.PUBLISHED.name(), now, version)
                    .update();
        }
    }

    /** Takes an answer out of service; returns whether citizens were getting it. */
    boolean archive(String id, String lang) {
        return jdbc.sql("update answer set status = ?, updated_at = ? where id = ? and lang = ? and status = ?")
                .params(AnswerStatus.ARCHIVED.name(), Timestamp.from(Instant.now()), id, lang,
                        AnswerStatus.PUBLISHED.name())
                .update() > 0;
    }

    /** Each row's state: it changes on every publish and archive of that answer. */
    List<JdbcAnswers.LiveState> states() {
        return jdbc.sql("select id, lang, live_version, status, updated_at from answer")
                .query((rs, n) -> new JdbcAnswers.LiveState(rs.getString(1), rs.getString(2),
                        rs.getInt(3) + ":" + rs.getString(4) + ":" + rs.getTimestamp(5).getTime()))
                .list();
    }

    /** Changes whenever the published content changes, so a stale index can be detected at start-up. */
    String fingerprint() {
        var rows = jdbc.sql("select id, lang, updated_at, status from answer order by id, lang")
                .query((rs, n) -> rs.getString(1) + rs.getString(2) + rs.getTimestamp(3).getTime() + rs.getString(4))
                .list();
        return Integer.toHexString(String.join(",", rows).hashCode()) + "-" + rows.size();
    }

    private static Answer map(ResultSet rs, int row) throws SQLException {
        return new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                AnswerVersionRows.alternatives(rs.getString(6)), rs.getString(7), AnswerStatus.valueOf(rs.getString(8)));
    }
}
