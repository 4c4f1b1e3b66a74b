package city.civic.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * Questions the bot could not answer that say much the same thing, in one language: how often and when they
 * were asked, the latest distinct ones as examples, and, once an official dealt with it, the resolution.
 */
public record UnansweredGroup(
        long id,
        String lang,
        int count,
        Instant firstAskedAt,
        Instant lastAskedAt,
        List<UnansweredQuestion> examples,
        Resolution resolution) {

    public UnansweredGroup {
        examples = List.copyOf(examples);
    }

    public boolean open() {
        return resolution == null;
    }

    /** What became of the group's questions. */
    public enum Outcome {
        /** A new answer was written from them (a draft sent to review). */
        NEW_ANSWER,
        /** They were added as phrasings of an existing answer (a new draft of it, sent to review). */
        ANSWER_VARIANTS,
        /** They were added as examples of an intent. */
        INTENT_EXAMPLES,
        /** Linked to an answer through the staff API. */
        ANSWER
    }

    /** @param target the answer's or the intent's id */
    public record Resolution(Outcome outcome, String target, String by, Instant at) {
    }
}
