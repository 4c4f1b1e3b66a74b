package city.civic.knowledge.lucene;

/** Which evidence orders the answers; the bot uses {@link #HYBRID}, the others are for evaluation. */
public enum Ranking {
    /** Lucene's BM25 order; confidence is the lexical coverage. */
    BM25,
    /** Dense cosine order; confidence is the cosine. */
    VECTOR,
    /** A weighted sum of the cosine and the lexical coverage, which is also the confidence. */
    HYBRID
}
