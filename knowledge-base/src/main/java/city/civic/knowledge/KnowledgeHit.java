package city.civic.knowledge;

/**
 * A ranked answer for a question. {@code confidence} is in [0, 1]; {@code confident} says whether it
 * clears the configured threshold, below which the bot says it does not know.
 */
public record KnowledgeHit(
        String answerId,
        String lang,
        String title,
        String text,
        String department,
        double confidence,
        boolean confident) {
}
