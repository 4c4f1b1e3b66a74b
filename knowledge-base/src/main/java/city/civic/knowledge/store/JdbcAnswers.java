package city.civic.knowledge.store;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerPublished;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.Answers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live answers in {@code answer}, pending edits in {@code answer_draft}. Publishing copies the draft
 * over the live row and announces {@link AnswerPublished}, which re-indexes without a restart.
 */
public class JdbcAnswers implements Answers {

    private static final String COLUMNS = "id, lang, topic, department, question, alternatives, body, status";
    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public JdbcAnswers(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Answer> all() {
        return jdbc.sql("select " + COLUMNS + " from answer order by id, lang").query(JdbcAnswers::map).list();
    }

    public List<Answer> published() {
        return jdbc.sql("select " + COLUMNS + " from answer where status = 'PUBLISHED' order by id, lang")
                .query(JdbcAnswers::map).list();
    }

    @Override
    public Optional<Answer> find(String id, String lang) {
        return jdbc.sql("select " + COLUMNS + " from answer where id = ? and lang = ?")
                .params(id, lang).query(JdbcAnswers::map).optional();
    }

    public Optional<Answer> findDraft(String id, String lang) {
        return jdbc.sql("select " + COLUMNS + " from answer_draft where id = ? and lang = ?")
                .params(id, lang).query(JdbcAnswers::map).optional();
    }

    @Override
    @Transactional
    public Answer saveDraft(Answer answer) {
        Answer draft = withStatus(answer, AnswerStatus.DRAFT);
        write("answer_draft", draft);
        return draft;
    }

    @Override
    @Transactional
    public Answer submitForReview(String id, String lang) {
        Answer draft = findDraft(id, lang).orElseThrow(() -> missing("draft", id, lang));
        Answer review = withStatus(draft, AnswerStatus.REVIEW);
        write("answer_draft", review);
        return review;
    }

    @Override
    @Transactional
    public Answer publish(String id, String lang) {
        Answer draft = findDraft(id, lang).orElseThrow(() -> missing("draft", id, lang));
        Answer live = withStatus(draft, AnswerStatus.PUBLISHED);
        write("answer", live);
        jdbc.sql("delete from answer_draft where id = ? and lang = ?").params(id, lang).update();
        events.publishEvent(new AnswerPublished(id, lang));
        return live;
    }

    @Override
    @Transactional
    public Answer archive(String id, String lang) {
        Answer live = find(id, lang).orElseThrow(() -> missing("answer", id, lang));
        Answer archived = withStatus(live, AnswerStatus.ARCHIVED);
        write("answer", archived);
        events.publishEvent(new AnswerPublished(id, lang));
        return archived;
    }

    /** The index is rebuilt from the changed fingerprint at start-up. */
    @Override
    @Transactional
    public void importPublished(Answer answer) {
        write("answer", withStatus(answer, AnswerStatus.PUBLISHED));
    }

    /** Changes whenever the published content changes, so a stale index can be detected at start-up. */
    public String fingerprint() {
        var rows = jdbc.sql("select id, lang, updated_at, status from answer order by id, lang")
                .query((rs, n) -> rs.getString(1) + rs.getString(2) + rs.getTimestamp(3).getTime() + rs.getString(4))
                .list();
        return Integer.toHexString(String.join(",", rows).hashCode()) + "-" + rows.size();
    }

    private void write(String table, Answer a) {
        var now = Timestamp.from(Instant.now());
        String alternatives = String.join(SEPARATOR, a.alternatives());
        int updated = jdbc.sql("update " + table + " set topic = ?, department = ?, question = ?, alternatives = ?,"
                        + " body = ?, status = ?, updated_at = ? where id = ? and lang = ?")
                .params(a.topic(), a.department(), a.question(), alternatives, a.text(), a.status().name(), now,
                        a.id(), a.lang())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into " + table + " (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(a.id(), a.lang(), a.topic(), a.department(), a.question(), alternatives, a.text(),
                            a.status().name(), now)
                    .update();
        }
    }

    private static Answer withStatus(Answer a, AnswerStatus status) {
        return new Answer(a.id(), a.lang(), a.topic(), a.department(), a.question(), a.alternatives(), a.text(),
                status);
    }

    private static NoSuchElementException missing(String what, String id, String lang) {
        return new NoSuchElementException("no " + what + " " + id + " in " + lang);
    }

    private static Answer map(ResultSet rs, int row) throws SQLException {
        String alternatives = rs.getString("alternatives");
        return new Answer(rs.getString("id"), rs.getString("lang"), rs.getString("topic"),
                rs.getString("department"), rs.getString("question"),
                alternatives.isEmpty() ? List.of() : Arrays.asList(alternatives.split(SEPARATOR)),
                rs.getString("body"), AnswerStatus.valueOf(rs.getString("status")));
    }
}
