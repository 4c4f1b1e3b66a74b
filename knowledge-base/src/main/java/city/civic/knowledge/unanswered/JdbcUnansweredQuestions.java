package city.civic.knowledge.unanswered;

import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.UnansweredQuestion;
import city.civic.knowledge.UnansweredQuestions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Records each question into the most similar open group of its language, in one transaction. A question
 * whose features could not be computed is kept ungrouped and grouped when the queue is next read, so a
 * failing model never costs the citizen an answer.
 */
public class JdbcUnansweredQuestions implements UnansweredQuestions {

    static final int MAX_QUESTION = 1000;
    static final String COLUMNS = "id, question, lang, conversation_id, best_guess_id, best_guess_confidence,"
            + " department, asked_at";
    private static final Logger log = LoggerFactory.getLogger(JdbcUnansweredQuestions.class);

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final QuestionFeatures features;
    private final OpenGroups groups;
    private final Clock clock;

    public JdbcUnansweredQuestions(JdbcClient jdbc, TransactionOperations transactions, QuestionFeatures features,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.features = features;
        this.groups = new OpenGroups(jdbc);
        this.clock = clock;
    }

    /**
     * The features are computed first, outside the lock; joining and inserting are one transaction under it,
     * so two similar questions at once on one instance cannot start two groups.
     */
    @Override
    public void record(String question, String lang, String conversationId, KnowledgeHit bestGuess,
            String department) {
        String text = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        float[] vector = featuresOrNull(lang, text);
        synchronized (this) {
            Instant now = clock.instant();
            transactions.executeWithoutResult(tx -> {
                Long group = vector == null ? null : groups.joinOrStart(lang, vector, now);
                jdbc.sql("insert into unanswered_question (question, lang, conversation_id, best_guess_id,"
                                + " best_guess_confidence, department, asked_at, group_id)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(text, lang, conversationId,
                                bestGuess == null ? null : bestGuess.answerId(),
                                bestGuess == null ? null : bestGuess.confidence(),
                                department, Timestamp.from(now), group)
                        .update();
            });
        }
    }

    /** Questions kept ungrouped (a failure, or asked before grouping existed) join their groups now. */
    synchronized void groupStragglers(int limit) {
        List<UnansweredQuestion> ungrouped = jdbc.sql("select " + COLUMNS + " from unanswered_question"
                        + " where group_id is null order by asked_at, id fetch first ? rows only")
                .param(limit).query(JdbcUnansweredQuestions::map).list();
        for (UnansweredQuestion question : ungrouped) {
            float[] vector = featuresOrNull(question.lang(), question.question());
            if (vector != null) {
                transactions.executeWithoutResult(tx -> jdbc.sql("update unanswered_question set group_id = ?"
                                + " where id = ?")
                        .params(groups.joinOrStart(question.lang(), vector, question.askedAt()), question.id())
                        .update());
            }
        }
    }

    @Override
    public List<UnansweredQuestion> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from unanswered_question order by asked_at desc, id desc"
                        + " fetch first ? rows only")
                .param(limit).query(JdbcUnansweredQuestions::map).list();
    }

    /** Deletes old questions, then the open groups left without any (their centroids came from citizens' words). */
    @Override
    public int forgetAskedBefore(Instant before) {
        return transactions.execute(tx -> {
            int deleted = jdbc.sql("delete from unanswered_question where asked_at < ?")
                    .param(Timestamp.from(before)).update();
            jdbc.sql("delete from unanswered_group where status = 'open' and not exists"
                    + " (select 1 from unanswered_question q where q.group_id = unanswered_group.id)").update();
            return deleted;
        });
    }

    private float[] featuresOrNull(String lang, String text) {
        try {
            return features.of(lang, text);
        } catch (RuntimeException e) {
            log.warn("unanswered.features_failed", e);
            return null;
        }
    }

    static UnansweredQuestion map(ResultSet rs, int row) throws SQLException {
        Object confidence = rs.getObject("best_guess_confidence");
        return new UnansweredQuestion(rs.getLong("id"), rs.getString("question"), rs.getString("lang"),
                rs.getString("conversation_id"), rs.getString("best_guess_id"),
                confidence == null ? 0 : ((Number) confidence).doubleValue(), rs.getString("department"),
                rs.getTimestamp("asked_at").toInstant());
    }
}
