package city.civic.knowledge.unanswered;

import city.civic.knowledge.UnansweredGroup;
import city.civic.knowledge.UnansweredGroup.Outcome;
import city.civic.knowledge.UnansweredGroup.Resolution;
import city.civic.knowledge.UnansweredQuestion;
import city.civic.knowledge.UnansweredQueue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The groups as officials read them: counts and first/last asked from their questions, distinct examples. */
public class JdbcUnansweredQueue implements UnansweredQueue {

    static final int EXAMPLES = 5;
    private static final int STRAGGLERS = 200;
    private static final String GROUP = "select g.id, g.lang, g.outcome, g.target, g.resolved_by, g.resolved_at,"
            + " count(q.id) as asked, min(q.asked_at) as first_asked, max(q.asked_at) as last_asked"
            + " from unanswered_group g left join unanswered_question q on q.group_id = g.id ";
    private static final String BY_GROUP = " group by g.id, g.lang, g.outcome, g.target, g.resolved_by, g.resolved_at";

    private final JdbcClient jdbc;
    private final JdbcUnansweredQuestions questions;

    public JdbcUnansweredQueue(JdbcClient jdbc, JdbcUnansweredQuestions questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    @Override
    public List<UnansweredGroup> open(String lang, int limit) {
        questions.groupStragglers(STRAGGLERS);
        String where = "where g.status = 'open'" + (lang == null ? "" : " and g.lang = :lang");
        var statement = jdbc.sql(GROUP + where + BY_GROUP + " having count(q.id) > 0"
                + " order by asked desc, last_asked desc, g.id desc fetch first :limit rows only").param("limit", limit);
        if (lang != null) {
            statement = statement.param("lang", lang);
        }
        return withExamples(statement.query(JdbcUnansweredQueue::mapGroup).list());
    }

    @Override
    public Optional<UnansweredGroup> find(long groupId) {
        return withExamples(jdbc.sql(GROUP + "where g.id = ?" + BY_GROUP).param(groupId)
                .query(JdbcUnansweredQueue::mapGroup).list()).stream().findFirst();
    }

    @Override
    public List<UnansweredQuestion> questions(long groupId, int limit) {
        return jdbc.sql("select " + JdbcUnansweredQuestions.COLUMNS + " from unanswered_question where group_id = ?"
                        + " order by asked_at desc, id desc fetch first ? rows only")
                .params(groupId, limit).query(JdbcUnansweredQuestions::map).list();
    }

    @Override
    public UnansweredGroup resolve(long groupId, Resolution resolution) {
        int changed = jdbc.sql("update unanswered_group set status = 'resolved', centroid = null, outcome = ?,"
                        + " target = ?, resolved_by = ?, resolved_at = ? where id = ? and status = 'open'")
                .params(resolution.outcome().name(), resolution.target(), resolution.by(),
                        OffsetDateTime.ofInstant(resolution.at(), ZoneOffset.UTC), groupId)
                .update();
        UnansweredGroup group = find(groupId).orElseThrow(() -> new NoSuchElementException("no group " + groupId));
        if (changed == 0) {
            throw new IllegalStateException("group " + groupId + " was resolved already");
        }
        return group;
    }

    @Override
    public List<UnansweredGroup> resolved(int limit) {
        return withExamples(jdbc.sql(GROUP + "where g.status = 'resolved'" + BY_GROUP
                        + " order by g.resolved_at desc, g.id desc fetch first ? rows only")
                .param(limit).query(JdbcUnansweredQueue::mapGroup).list());
    }

    /** Each group's latest distinct questions (the same words asked twice show once). */
    private List<UnansweredGroup> withExamples(List<UnansweredGroup> groups) {
        if (groups.isEmpty()) {
            return groups;
        }
        Map<Long, List<UnansweredQuestion>> examples = new LinkedHashMap<>();
        Map<Long, java.util.Set<String>> seen = new LinkedHashMap<>();
        jdbc.sql("select " + JdbcUnansweredQuestions.COLUMNS + ", group_id from (select q.*, row_number() over"
                        + " (partition by q.group_id order by q.asked_at desc, q.id desc) as rn"
                        + " from unanswered_question q where q.group_id in (:ids)) ranked where rn <= 50"
                        + " order by group_id, rn")
                .param("ids", groups.stream().map(UnansweredGroup::id).toList())
                .query(rs -> {
                    long group = rs.getLong("group_id");
                    UnansweredQuestion question = JdbcUnansweredQuestions.map(rs, 0);
                    String key = question.question().strip().toLowerCase(Locale.ROOT);
                    List<UnansweredQuestion> kept = examples.computeIfAbsent(group, g -> new ArrayList<>());
                    if (kept.size() < EXAMPLES && seen.computeIfAbsent(group, g -> new HashSet<>()).add(key)) {
                        kept.add(question);
                    }
                });
        return groups.stream().map(g -> new UnansweredGroup(g.id(), g.lang(), g.count(), g.firstAskedAt(),
                g.lastAskedAt(), examples.getOrDefault(g.id(), List.of()), g.resolution())).toList();
    }

    private static UnansweredGroup mapGroup(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        OffsetDateTime resolvedAt = rs.getObject("resolved_at", OffsetDateTime.class);
        Resolution resolution = outcome == null ? null : new Resolution(Outcome.valueOf(outcome),
                rs.getString("target"), rs.getString("resolved_by"), resolvedAt.toInstant());
        Timestamp first = rs.getTimestamp("first_asked");
        Timestamp last = rs.getTimestamp("last_asked");
        return new UnansweredGroup(rs.getLong("id"), rs.getString("lang"), rs.getInt("asked"),
                first == null ? null : first.toInstant(), last == null ? null : last.toInstant(), List.of(),
                resolution);
    }
}
