package city.civic.knowledge.lucene;

import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The lexical side of a match on a [0, 1] scale that can be thresholded: the IDF-weighted share of terms a
 * question and a phrasing have in common (BM25 only ranks; its raw scores are not comparable across
 * questions, so coverage stands in for it in confidences).
 */
final class LexicalCoverage {

    private static final double PHRASING_SHARE = 0.65;

    private LexicalCoverage() {
    }

    /**
     * @param phrasingTerms terms of the matched question or paraphrase
     * @param answerTerms terms of the answer text: questions about a detail ("the fee?") are often
     *     answered there rather than in any phrasing
     */
    static double score(Set<String> questionTerms, Set<String> phrasingTerms, Set<String> answerTerms,
            ToDoubleFunction<String> idf) {
        return PHRASING_SHARE * coverage(questionTerms, phrasingTerms, idf)
                + (1 - PHRASING_SHARE) * matchedShare(questionTerms, answerTerms, idf);
    }

    /** The IDF-weighted share of {@code terms} found in {@code text}. */
    static double matchedShare(Set<String> terms, Set<String> text, ToDoubleFunction<String> idf) {
        double matched = 0;
        double total = 0;
        for (String term : terms) {
            double w = idf.applyAsDouble(term);
            total += w;
            if (text.contains(term)) {
                matched += w;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /** Mostly how much of the question is matched, partly how much of the phrasing is. */
    static double coverage(Set<String> question, Set<String> phrasing, ToDoubleFunction<String> idf) {
        if (question.isEmpty() || phrasing.isEmpty()) {
            return 0;
        }
        return 0.7 * matchedShare(question, phrasing, idf) + 0.3 * matchedShare(phrasing, question, idf);
    }
}
