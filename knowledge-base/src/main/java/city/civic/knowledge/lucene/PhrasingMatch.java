package city.civic.knowledge.lucene;

/**
 * How one stored phrasing of an answer matches a question: the evidence a {@link Ranker} weighs.
 *
 * @param cosine dense similarity of the question and the phrasing, in [-1, 1]
 * @param lexical IDF-weighted term coverage of the question by the phrasing and the answer, in [0, 1]
 * @param bm25 Lucene's BM25 score of the phrasing's document (0 when BM25 did not retrieve it)
 */
public record PhrasingMatch(
        String answerId,
        String lang,
        String title,
        String text,
        String department,
        double cosine,
        double lexical,
        double bm25) {
}
