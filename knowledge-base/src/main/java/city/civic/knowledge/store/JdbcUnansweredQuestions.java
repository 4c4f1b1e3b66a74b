package city.civic.knowledge.store;

import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.UnansweredQuestion;
import city.civic.knowledge.UnansweredQuestions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

public class JdbcUnansweredQuestions implements UnansweredQuestions {

    private static final int MAX_QUESTION = 1000;

    private final JdbcClient jdbc;

    public JdbcUnansweredQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String question, String lang, String conversationId, KnowledgeHit bestGuess, String department) {
        String text = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        jdbc.sql("insert into unanswered_question (question, lang, conversation_id, best_guess_id,"
                        + " best_guess_confidence, department, asked_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(text, lang, conversationId,
                        bestGuess == null ? null : bestGuess.answerId(),
                        bestGuess == null ? null : bestGuess.confidence(),
                        department, Timestamp.from(Instant.now()))
                .update();
    }

    @Override
    public List<UnansweredQuestion> recent(int limit) {
        return jdbc.sql("select id, question, lang, conversation_id, best_guess_id, best_guess_confidence,"
                        + " department, asked_at from unanswered_question order by asked_at desc, id desc"
                        + " fetch first ? rows only")
                .param(limit)
                .query((rs, n) -> new UnansweredQuestion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    @Override
    public int forgetAskedBefore(Instant before) {
        return jdbc.sql("delete from unanswered_question where asked_at < ?").param(Timestamp.from(before)).update();
    }
}
