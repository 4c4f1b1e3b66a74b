package city.civic.knowledge.lucene;

import static city.civic.knowledge.lucene.KnowledgeDocuments.ANSWER;
import static city.civic.knowledge.lucene.KnowledgeDocuments.ANSWER_KIND;
import static city.civic.knowledge.lucene.KnowledgeDocuments.DEPARTMENT;
import static city.civic.knowledge.lucene.KnowledgeDocuments.ID;
import static city.civic.knowledge.lucene.KnowledgeDocuments.KIND;
import static city.civic.knowledge.lucene.KnowledgeDocuments.LANG;
import static city.civic.knowledge.lucene.KnowledgeDocuments.PHRASING;
import static city.civic.knowledge.lucene.KnowledgeDocuments.TITLE;
import static city.civic.knowledge.lucene.KnowledgeDocuments.VECTOR;

import city.civic.knowledge.Answer;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.KnowledgeSearch;
import city.civic.knowledge.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
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
 * The knowledge index: the {@link KnowledgeDocuments} of every published answer, with BM25 text fields
 * per language and an HNSW vector. Candidates come from both
 * BM25 and k-nearest-neighbour search; a {@link Ranker} per language ranks them on a thresholdable scale.
 */
public final class LuceneKnowledgeIndex implements KnowledgeSearch, AutoCloseable {

    private static final int CANDIDATES = 24;
    private static final String FINGERPRINT = "fingerprint";
    private static final String FORMAT = "format";
    /**
     * The answer text is a document of its own, found by its vector only: a question about a detail ("the
     * fee?") is often closer to the answer than to any phrasing. Its cosine counts for a little less, as a
     * long answer touches on more than what it answers.
     */
    private static final double ANSWER_COSINE_SHARE = 0.9;

    private final Analyzers analyzers = new Analyzers();
    private final com.github.benmanes.caffeine.cache.Cache<String, Set<String>> analyzedTexts =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();
    private final TextEmbedder embedder;
    private final KnowledgeDocuments documents;
    private final Map<String, Ranker> rankers;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneKnowledgeIndex(Directory directory, TextEmbedder embedder, double threshold,
            Map<String, Double> denseWeightByLang) {
        this(directory, embedder, threshold, denseWeightByLang, Ranking.HYBRID);
    }

    public LuceneKnowledgeIndex(Directory directory, TextEmbedder embedder, double threshold,
            Map<String, Double> denseWeightByLang, Ranking ranking) {
        this(directory, embedder, rankers(denseWeightByLang, ranking, threshold));
    }

    /** @param rankers the ranking of each language searched; other languages find nothing */
    public LuceneKnowledgeIndex(Directory directory, TextEmbedder embedder, Map<String, Ranker> rankers) {
        this.embedder = embedder;
        this.documents = new KnowledgeDocuments(embedder);
        this.rankers = Map.copyOf(rankers);
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField()));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge index", e);
        }
    }

    /** The fingerprint of the answers the index was last rebuilt from, or "" for a new index. */
    public String fingerprint() {
        var data = new HashMap<String, String>();
        var entries = writer.getLiveCommitData();
        if (entries != null) {
            entries.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        // An index written by another encoder or layout is as good as none.
        return format().equals(data.get(FORMAT)) ? data.getOrDefault(FINGERPRINT, "") : "";
    }

    /** What the documents were made with: a change of encoder or layout means a rebuild. */
    private String format() {
        return KnowledgeDocuments.LAYOUT + "/" + embedder.getClass().getSimpleName();
    }

    private Iterable<Map.Entry<String, String>> commitData(String fingerprint) {
        return Map.of(FINGERPRINT, fingerprint, FORMAT, format()).entrySet();
    }

    public synchronized void rebuild(List<Answer> published, String fingerprint) {
        try {
            writer.deleteAll();
            for (Answer answer : published) {
                writer.addDocuments(documents.of(answer));
            }
            writer.setLiveCommitData(commitData(fingerprint));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces an answer's documents; a non-published answer is removed. Visible on return. */
    public synchronized void update(Answer answer, String fingerprint) {
        try {
            Term key = KnowledgeDocuments.key(answer.id(), answer.lang());
            if (answer.status() == city.civic.knowledge.AnswerStatus.PUBLISHED) {
                writer.updateDocuments(key, documents.of(answer));
            } else {
                writer.deleteDocuments(key);
            }
            writer.setLiveCommitData(commitData(fingerprint));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Ranker> rankers(Map<String, Double> denseWeightByLang, Ranking ranking,
            double threshold) {
        var rankers = new HashMap<String, Ranker>();
        denseWeightByLang.forEach((lang, w) -> rankers.put(lang, new Ranker(ranking, w, threshold)));
        return rankers;
    }

    @Override
    public double confidenceThreshold(String lang) {
        Ranker ranker = rankers.get(lang);
        return ranker == null ? Double.NaN : ranker.threshold();
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
        var idf = new QueryTerms.Idf(searcher.getIndexReader(), Analyzers.textField(lang));
        Set<String> queryTerms = QueryTerms.mostInformative(allTerms, searcher.getIndexReader(), lang, idf);
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
            if (ANSWER_KIND.equals(d.get(KIND))) {
                cosine *= ANSWER_COSINE_SHARE;
            }
            double lexical = LexicalCoverage.score(queryTerms, terms(lang, d.get(PHRASING)),
                    terms(lang, d.get(ANSWER)), idf);
            matches.add(new PhrasingMatch(d.get(ID), lang, d.get(TITLE), d.get(ANSWER), d.get(DEPARTMENT), cosine,
                    lexical, entry.getValue()));
        }
        return matches;
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
}
