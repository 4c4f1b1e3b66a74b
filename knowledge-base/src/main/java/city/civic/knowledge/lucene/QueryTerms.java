package city.civic.knowledge.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** What of a question is searched: its most telling terms, weighed by BM25's inverse document frequency. */
final class QueryTerms {

    /** Query terms kept of a long message: far below Lucene's 1,024-clause limit, and plenty for a question. */
    static final int MAX_QUERY_TERMS = 32;

    private QueryTerms() {
    }

    /**
     * A long message keeps its {@value #MAX_QUERY_TERMS} rarest terms that the index knows at all: the ones
     * that tell answers apart. Terms no phrasing or answer contains cannot match anything anyway.
     */
    static Set<String> mostInformative(Set<String> terms, IndexReader reader, String lang, Idf idf)
            throws IOException {
        if (terms.size() <= MAX_QUERY_TERMS) {
            return terms;
        }
        var known = new ArrayList<String>();
        for (String term : terms) {
            if (reader.docFreq(new Term(Analyzers.textField(lang), term)) > 0
                    || reader.docFreq(new Term(Analyzers.bodyField(lang), term)) > 0) {
                known.add(term);
            }
        }
        known.sort(Comparator.comparingDouble(idf::applyAsDouble).reversed().thenComparing(Comparator.naturalOrder()));
        return new LinkedHashSet<>(known.subList(0, Math.min(MAX_QUERY_TERMS, known.size())));
    }

    /** BM25's inverse document frequency over the phrasing documents. */
    record Idf(IndexReader reader, String field) implements ToDoubleFunction<String> {
        @Override
        public double applyAsDouble(String term) {
            try {
                long n = reader.numDocs();
                int df = reader.docFreq(new Term(field, term));
                return Math.log(1 + (n - df + 0.5) / (df + 0.5));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
