package city.civic.knowledge;

import java.time.Instant;

/** A question the bot could not answer confidently, routed to a department for curation. */
public record UnansweredQuestion(
        long id,
        String question,
        String lang,
        String conversationId,
        String bestGuessId,
        double bestGuessConfidence,
        String department,
        Instant askedAt) {
}
