package city.civic.knowledge.lucene;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** One analyzer per language field: English stemming and stop words; Nori morphology for Korean. */
final class Analyzers {

    static final String TEXT = "text_";
    static final String BODY = "body_";

    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer korean = new KoreanAnalyzer();
    private final PerFieldAnalyzerWrapper perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
            TEXT + "en", english, BODY + "en", english,
            TEXT + "ko", korean, BODY + "ko", korean));

    Analyzer perField() {
        return perField;
    }

    static String textField(String lang) {
        return TEXT + lang;
    }

    static String bodyField(String lang) {
        return BODY + lang;
    }

    /** The distinct terms the index would hold for this text in this language. */
    Set<String> terms(String lang, String text) {
        var terms = new LinkedHashSet<String>();
        try (TokenStream stream = perField.tokenStream(textField(lang), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return terms;
    }
}
