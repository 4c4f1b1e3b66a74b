package city.civic.knowledge.lucene;

import city.civic.knowledge.Answer;
import city.civic.knowledge.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * The index's document layout: one document per phrasing of an answer (its question and each paraphrase),
 * searched by BM25 and by vector, and one for its text, found by its vector only.
 */
final class KnowledgeDocuments {

    static final String KEY = "key";
    static final String ID = "id";
    static final String LANG = "lang";
    static final String PHRASING = "phrasing";
    static final String TITLE = "title";
    static final String ANSWER = "answer";
    static final String DEPARTMENT = "department";
    static final String VECTOR = "vec";
    static final String KIND = "kind";
    static final String ANSWER_KIND = "answer";
    /** The layout's version: phrasings plus answer texts (2). A new layout means a rebuild. */
    static final String LAYOUT = "2";

    private final TextEmbedder embedder;

    KnowledgeDocuments(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The term that names all documents of one answer in one language. */
    static Term key(String id, String lang) {
        return new Term(KEY, id + "|" + lang);
    }

    List<Document> of(Answer answer) {
        List<String> phrasings = new ArrayList<>(answer.phrasings());
        int questionDocs = phrasings.size();
        phrasings.add(answer.text());
        List<float[]> vectors = embedder.embedAll(phrasings);
        var documents = new ArrayList<Document>(phrasings.size());
        for (int i = 0; i < phrasings.size(); i++) {
            var doc = new Document();
            doc.add(new StringField(KEY, key(answer.id(), answer.lang()).text(), Field.Store.NO));
            doc.add(new StringField(ID, answer.id(), Field.Store.YES));
            doc.add(new StringField(LANG, answer.lang(), Field.Store.YES));
            doc.add(new StoredField(PHRASING, phrasings.get(i)));
            doc.add(new StoredField(TITLE, answer.question()));
            doc.add(new StoredField(ANSWER, answer.text()));
            doc.add(new StoredField(DEPARTMENT, answer.department()));
            if (i < questionDocs) {
                doc.add(new TextField(Analyzers.textField(answer.lang()), phrasings.get(i), Field.Store.NO));
            } else {
                doc.add(new StoredField(KIND, ANSWER_KIND));
            }
            doc.add(new TextField(Analyzers.bodyField(answer.lang()), answer.text(), Field.Store.NO));
            doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            documents.add(doc);
        }
        return documents;
    }
}
