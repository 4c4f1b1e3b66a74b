package city.civic.knowledge;

import java.util.List;
import java.util.Optional;

/** Finds curated answers for a citizen's question. */
public interface KnowledgeSearch {

    List<KnowledgeHit> search(String question, String lang, int limit);

    /**
     * The confidence below which the bot says it does not know in this language ({@link KnowledgeHit#confident()}),
     * for staff who try wordings; {@code NaN} when an implementation does not say.
     */
    default double confidenceThreshold(String lang) {
        return Double.NaN;
    }

    /** The best answer if it clears the confidence threshold. */
    default Optional<KnowledgeHit> bestConfident(String question, String lang) {
        return search(question, lang, 1).stream().filter(KnowledgeHit::confident).findFirst();
    }
}
