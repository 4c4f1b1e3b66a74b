package city.civic.knowledge.store;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerChange;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.AnswerVersion;
import city.civic.knowledge.CuratedAnswer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The table {@code answer_version}: every version of every answer, never changed once written. */
final class AnswerVersionRows {

    static final String SEPARATOR = "\n";
    private static final String COLUMNS = "v.id, v.lang, v.version, v.topic, v.department, v.question,"
            + " v.alternatives, v.body, v.status, v.change_kind, v.author, v.created_at";
    /** Each answer's newest version, with the version citizens get (0 when none is served). */
    private static final String HEADS = "select " + COLUMNS
            + ", case when a.status = 'PUBLISHED' then a.live_version else 0 end as live"
            + " from answer_version v"
            + " join (select id, lang, max(version) as head from answer_version group by id, lang) h"
            + " on h.id = v.id and h.lang = v.lang and h.head = v.version"
            + " left join answer a on a.id = v.id and a.lang = v.lang";

    private final JdbcClient jdbc;

    AnswerVersionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CuratedAnswer> heads() {
        return jdbc.sql(HEADS + " order by v.id, v.lang").query(AnswerVersionRows::curated).list();
    }

    List<CuratedAnswer> heads(String id) {
        return jdbc.sql(HEADS + " where v.id = ? order by v.lang").param(id).query(AnswerVersionRows::curated).list();
    }

    Optional<CuratedAnswer> head(String id, String lang) {
        return jdbc.sql(HEADS + " where v.id = ? and v.lang = ?").params(id, lang)
                .query(AnswerVersionRows::curated).optional();
    }

    List<AnswerVersion> history(String id, String lang) {
        return jdbc.sql("select " + COLUMNS + " from answer_version v where v.id = ? and v.lang = ?"
                        + " order by v.version desc")
                .params(id, lang).query(AnswerVersionRows::version).list();
    }

    Optional<AnswerVersion> version(String id, String lang, int version) {
        return jdbc.sql("select " + COLUMNS + " from answer_version v where v.id = ? and v.lang = ? and v.version = ?")
                .params(id, lang, version).query(AnswerVersionRows::version).optional();
    }

    /** Fails with a duplicate key when another edit already took this version number. */
    void insert(AnswerVersion v) {
        Answer a = v.answer();
        jdbc.sql("insert into answer_version (id, lang, version, topic, department, question, alternatives, body,"
                        + " status, change_kind, author, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.lang(), v.version(), a.topic(), a.department(), a.question(),
                        String.join(SEPARATOR, a.alternatives()), a.text(), a.status().name(), v.change().name(),
                        v.author(), OffsetDateTime.ofInstant(v.at(), ZoneOffset.UTC))
                .update();
    }

    static List<String> alternatives(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(SEPARATOR));
    }

    /** Mapped by position: see JdbcDepartments on why not by guessed names. */
    private static AnswerVersion version(ResultSet rs, int row) throws SQLException {
        var answer = new Answer(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(5),
                rs.getString(6), alternatives(rs.getString(7)), rs.getString(8), AnswerStatus.valueOf(rs.getString(9)));
        return new AnswerVersion(answer, rs.getInt(3), AnswerChange.valueOf(rs.getString(10)), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class).toInstant());
    }

    private static CuratedAnswer curated(ResultSet rs, int row) throws SQLException {
        return new CuratedAnswer(version(rs, row), rs.getInt(13));
    }
}
