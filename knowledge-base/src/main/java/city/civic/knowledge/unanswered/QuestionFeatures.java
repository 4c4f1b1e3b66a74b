package city.civic.knowledge.unanswered;

import city.civic.knowledge.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What makes two unanswered questions "the same question": a unit vector per question, compared by cosine
 * with a group's centroid. English uses the engine's sentence embedding (all-MiniLM-L6-v2). That model is
 * English-only: Korean text comes out nearly alike whatever it says (with it, three quarters of the pack's
 * unrelated Korean questions still joined a group at 0.75), so Korean uses its Nori morphemes (hashed into
 * {@value #KOREAN_BUCKETS} buckets) instead. The thresholds are measured on the city pack by
 * {@code GroupingThresholdTests}: each FAQ phrasing, taken out, should join its own FAQ's group, and the pack's
 * out-of-scope examples (unrelated questions) none; the threshold is the lowest at which no unrelated
 * question joins. At 0.55, 65 % of English phrasings join their own group and 6.5 % a wrong one (91 % of
 * joins right); in Korean 27 % and 3.6 % (88 %). The rest start a group of their own: a split costs an
 * official a second look, a wrong merge hides a question.
 */
public final class QuestionFeatures {

    public static final double ENGLISH_THRESHOLD = 0.55;
    public static final double KOREAN_THRESHOLD = 0.55;
    static final int KOREAN_BUCKETS = 1024;

    private final TextEmbedder embedder;
    private final Analyzer korean = new KoreanAnalyzer();

    public QuestionFeatures(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /** A unit-length vector (or all zeros when the text has no content word). */
    public float[] of(String lang, String text) {
        return "ko".equals(lang) ? morphemes(text) : embedder.embed(text);
    }

    public static double threshold(String lang) {
        return "ko".equals(lang) ? KOREAN_THRESHOLD : ENGLISH_THRESHOLD;
    }

    /** Cosine between a unit vector and a group's centroid (the sum of its members' unit vectors). */
    public static double similarity(float[] unit, float[] centroid) {
        if (unit.length != centroid.length) {
            return 0;
        }
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < unit.length; i++) {
            dot += unit[i] * centroid[i];
            norm += centroid[i] * centroid[i];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    public static void add(float[] centroid, float[] unit) {
        for (int i = 0; i < centroid.length; i++) {
            centroid[i] += unit[i];
        }
    }

    private float[] morphemes(String text) {
        float[] counts = new float[KOREAN_BUCKETS];
        try (TokenStream stream = korean.tokenStream("question", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts[Math.floorMod(term.toString().hashCode(), KOREAN_BUCKETS)] += 1;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double norm = 0;
        for (float c : counts) {
            norm += c * c;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < counts.length; i++) {
                counts[i] *= scale;
            }
        }
        return counts;
    }
}
