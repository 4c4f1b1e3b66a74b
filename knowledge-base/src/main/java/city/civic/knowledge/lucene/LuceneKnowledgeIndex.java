package city.civic.knowledge.lucene;

import city.civic.knowledge.Answer;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.KnowledgeSearch;
import city.civic.knowledge.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/**
 * The knowledge index: one Lucene document per phrasing of an answer (its question and each
 * paraphrase), with BM25 text fields per language and an HNSW vector. Candidates come from both
 * BM25 and k-nearest-neighbour search; a {@link Ranker} per language ranks them on a thresholdable scale.
 */
public final class LuceneKnowledgeIndex implements KnowledgeSearch, AutoCloseable {

    private static final int CANDIDATES = 24;
    /** Query terms kept of a long message: far below Lucene's 1,024-clause limit, and plenty for a question. */
    static final int MAX_QUERY_TERMS = 32;
    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String LANG = "lang";
    private static final String PHRASING = "phrasing";
    private static final String TITLE = "title";
    private static final String ANSWER = "answer";
    private static final String DEPARTMENT = "department";
    private static final String VECTOR = "vec";
    private static final String FINGERPRINT = "fingerprint";

    private final Analyzers analyzers = new Analyzers();
    private final com.github.benmanes.caffeine.cache.Cache<String, Set<String>> analyzedTexts =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();
    private final TextEmbedder embedder;
    private final Map<String, Ranker> rankers;
    private final double threshold;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneKnowledgeIndex(Directory directory, TextEmbedder embedder, double threshold,
            Map<String, Double> denseWeightByLang) {
        this(directory, embedder, threshold, denseWeightByLang, Ranking.HYBRID);
    }

    public LuceneKnowledgeIndex(Directory directory, TextEmbedder embedder, double threshold,
            Map<String, Double> denseWeightByLang, Ranking ranking) {
        this.embedder = embedder;
        this.threshold = threshold;
        this.rankers = new HashMap<>();
        denseWeightByLang.forEach((lang, w) -> rankers.put(lang, new Ranker(ranking, w, threshold)));
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField()));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge index", e);
        }
    }

    /** The fingerprint of the answers the index was last rebuilt from, or "" for a new index. */
    public String fingerprint() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (var entry : data) {
                if (entry.getKey().equals(FINGERPRINT)) {
                    return entry.getValue();
                }
            }
        }
        return "";
    }

    public synchronized void rebuild(List<Answer> published, String fingerprint) {
        try {
            writer.deleteAll();
            for (Answer answer : published) {
                writer.addDocuments(documents(answer));
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces an answer's documents; a non-published answer is removed. Visible on return. */
    public synchronized void update(Answer answer, String fingerprint) {
        try {
            Term key = new Term(KEY, key(answer.id(), answer.lang()));
            if (answer.status() == city.civic.knowledge.AnswerStatus.PUBLISHED) {
                writer.updateDocuments(key, documents(answer));
            } else {
                writer.deleteDocuments(key);
            }
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double confidenceThreshold() {
        return threshold;
    }

    public int documentCount() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public List<KnowledgeHit> search(String question, String lang, int limit) {
        Ranker ranker = rankers.get(lang);
        return ranker == null ? List.of() : ranker.rank(matches(question, lang), limit);
    }

    /** The candidate phrasings for a question with their evidence, unranked; empty for an unknown language. */
    public List<PhrasingMatch> matches(String question, String lang) {
        if (question == null || question.isBlank() || !rankers.containsKey(lang)) {
            return List.of();
        }
        float[] queryVector = embedder.embed(question);
        Set<String> queryTerms = analyzers.terms(lang, question);
        return withSearcher(searcher -> matches(searcher, lang, queryVector, queryTerms));
    }

    private List<PhrasingMatch> matches(IndexSearcher searcher, String lang, float[] queryVector,
            Set<String> allTerms) throws IOException {
        var idf = new Idf(searcher, Analyzers.textField(lang));
        Set<String> queryTerms = mostInformative(allTerms, searcher, lang, idf);
        Query inLanguage = new TermQuery(new Term(LANG, lang));
        Map<Integer, Float> bm25ByDoc = new java.util.LinkedHashMap<>();
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(VECTOR, queryVector, CANDIDATES, inLanguage),
                CANDIDATES).scoreDocs) {
            bm25ByDoc.put(hit.doc, 0f);
        }
        if (!queryTerms.isEmpty()) {
            for (ScoreDoc hit : searcher.search(lexicalQuery(lang, queryTerms, inLanguage), CANDIDATES).scoreDocs) {
                bm25ByDoc.put(hit.doc, hit.score);
            }
        }
        var matches = new ArrayList<PhrasingMatch>(bm25ByDoc.size());
        var stored = searcher.storedFields();
        for (var entry : bm25ByDoc.entrySet()) {
            Document d = stored.document(entry.getKey());
            double cosine = dot(queryVector, vectorOf(searcher, entry.getKey()));
            double lexical = LexicalCoverage.score(queryTerms, terms(lang, d.get(PHRASING)),
                    terms(lang, d.get(ANSWER)), idf);
            matches.add(new PhrasingMatch(d.get(ID), lang, d.get(TITLE), d.get(ANSWER), d.get(DEPARTMENT), cosine,
                    lexical, entry.getValue()));
        }
        return matches;
    }

    /**
     * A long message keeps its {@value #MAX_QUERY_TERMS} rarest terms that the index knows at all: the ones
     * that tell answers apart. Terms no phrasing or answer contains cannot match anything anyway.
     */
    private static Set<String> mostInformative(Set<String> terms, IndexSearcher searcher, String lang, Idf idf)
            throws IOException {
        if (terms.size() <= MAX_QUERY_TERMS) {
            return terms;
        }
        var reader = searcher.getIndexReader();
        var known = new ArrayList<String>();
        for (String term : terms) {
            if (reader.docFreq(new Term(Analyzers.textField(lang), term)) > 0
                    || reader.docFreq(new Term(Analyzers.bodyField(lang), term)) > 0) {
                known.add(term);
            }
        }
        known.sort(Comparator.comparingDouble(idf::applyAsDouble).reversed().thenComparing(Comparator.naturalOrder()));
        return new java.util.LinkedHashSet<>(known.subList(0, Math.min(MAX_QUERY_TERMS, known.size())));
    }

    /** Analysed terms of stored texts, memoised: the same phrasings and answers come up again and again. */
    private Set<String> terms(String lang, String text) {
        return analyzedTexts.get(lang + '\u0000' + text, k -> analyzers.terms(lang, text));
    }

    private static Query lexicalQuery(String lang, Set<String> terms, Query inLanguage) {
        var query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(Analyzers.textField(lang), term)), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(Analyzers.bodyField(lang), term)), 0.3f), Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(1);
        return new BooleanQuery.Builder().add(query.build(), Occur.MUST).add(inLanguage, Occur.FILTER).build();
    }

    private static float[] vectorOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        values.advance(doc - leaf.docBase);
        return values.vectorValue();
    }

    private List<Document> documents(Answer answer) {
        List<String> phrasings = answer.phrasings();
        List<float[]> vectors = embedder.embedAll(phrasings);
        var documents = new ArrayList<Document>(phrasings.size());
        for (int i = 0; i < phrasings.size(); i++) {
            var doc = new Document();
            doc.add(new StringField(KEY, key(answer.id(), answer.lang()), Field.Store.NO));
            doc.add(new StringField(ID, answer.id(), Field.Store.YES));
            doc.add(new StringField(LANG, answer.lang(), Field.Store.YES));
            doc.add(new StoredField(PHRASING, phrasings.get(i)));
            doc.add(new StoredField(TITLE, answer.question()));
            doc.add(new StoredField(ANSWER, answer.text()));
            doc.add(new StoredField(DEPARTMENT, answer.department()));
            doc.add(new TextField(Analyzers.textField(answer.lang()), phrasings.get(i), Field.Store.NO));
            doc.add(new TextField(Analyzers.bodyField(answer.lang()), answer.text(), Field.Store.NO));
            doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            documents.add(doc);
        }
        return documents;
    }

    private static String key(String id, String lang) {
        return id + "|" + lang;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    /** BM25's inverse document frequency over the phrasing documents. */
    private record Idf(IndexSearcher searcher, String field) implements java.util.function.ToDoubleFunction<String> {
        @Override
        public double applyAsDouble(String term) {
            try {
                long n = searcher.getIndexReader().numDocs();
                int df = searcher.getIndexReader().docFreq(new Term(field, term));
                return Math.log(1 + (n - df + 0.5) / (df + 0.5));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
