package city.civic.knowledge;

import java.time.Instant;
import java.util.Set;

/**
 * One kept version of an answer in one language: its whole content and status, who made it, when, and how.
 * Versions are numbered from 1 per answer and language; the newest is the answer's head.
 */
public record AnswerVersion(Answer answer, int version, AnswerChange change, String author, Instant at) {

    /** What this version changed compared with an earlier one. */
    public Set<AnswerField> changesFrom(AnswerVersion earlier) {
        return answer.differencesFrom(earlier.answer);
    }
}
