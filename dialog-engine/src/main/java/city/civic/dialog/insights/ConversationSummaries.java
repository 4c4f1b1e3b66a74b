package city.civic.dialog.insights;

import city.civic.dialog.ConversationOutcome;
import city.civic.dialog.Transcript;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps each conversation's summary (columns {@code outcome}, {@code turns}, {@code unanswered_turns},
 * {@code handed_off} of {@code conversation}; tables {@code conversation_intent} and
 * {@code conversation_answer}) in step with its transcript. Runs inside the transaction that writes the
 * turn, so a summary never disagrees with its messages.
 */
public final class ConversationSummaries {

    private static final int MAX_TITLE = 500;
    private static final int MAX_KEY = 64;

    private final JdbcClient jdbc;

    public ConversationSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a turn's entries (the citizen's message and the replies to it) to the conversation's summary. */
    public void add(String conversationId, List<Transcript.Entry> newEntries) {
        TurnTally tally = TurnTally.of(newEntries);
        if (tally.isEmpty()) {
            return;
        }
        ConversationOutcome was = jdbc.sql("select outcome from conversation where id = ?").param(conversationId)
                .query(String.class).optional().flatMap(ConversationOutcome::parse)
                .orElse(ConversationOutcome.ABANDONED);
        jdbc.sql("update conversation set outcome = ?, turns = turns + ?, unanswered_turns = unanswered_turns + ?,"
                        + " handed_off = (handed_off or ?) where id = ?")
                .params(was.or(tally.outcome()).code(), tally.turns(), tally.unansweredTurns(), tally.handedOff(),
                        conversationId)
                .update();
        addCounts(conversationId, tally);
    }

    /** Replaces the summary with the tally of the whole transcript (the back-fill of older conversations). */
    public void replace(String conversationId, TurnTally tally) {
        jdbc.sql("update conversation set outcome = ?, turns = ?, unanswered_turns = ?, handed_off = ? where id = ?")
                .params(tally.outcome().code(), tally.turns(), tally.unansweredTurns(), tally.handedOff(),
                        conversationId)
                .update();
        jdbc.sql("delete from conversation_intent where conversation_id = ?").param(conversationId).update();
        jdbc.sql("delete from conversation_answer where conversation_id = ?").param(conversationId).update();
        addCounts(conversationId, tally);
    }

    private void addCounts(String conversationId, TurnTally tally) {
        tally.intents().forEach((intent, turns) -> {
            String key = cut(intent, MAX_KEY);
            int updated = jdbc.sql("update conversation_intent set turns = turns + ? where conversation_id = ?"
                            + " and intent = ?").params(turns, conversationId, key).update();
            if (updated == 0) {
                jdbc.sql("insert into conversation_intent (conversation_id, intent, turns) values (?, ?, ?)")
                        .params(conversationId, key, turns).update();
            }
        });
        tally.answers().values().forEach(answer -> {
            String title = cut(answer.title(), MAX_TITLE);
            int updated = jdbc.sql("update conversation_answer set uses = uses + ?, title = ?"
                            + " where conversation_id = ? and answer_id = ?")
                    .params(answer.uses(), title, conversationId, answer.answerId()).update();
            if (updated == 0) {
                jdbc.sql("insert into conversation_answer (conversation_id, answer_id, title, uses)"
                                + " values (?, ?, ?, ?)")
                        .params(conversationId, answer.answerId(), title, answer.uses()).update();
            }
        });
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
