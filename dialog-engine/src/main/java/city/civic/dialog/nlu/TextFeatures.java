package city.civic.dialog.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Sparse lexical features, hashed into a fixed space: words, word pairs and character n-grams inside
 * words. Character n-grams carry Korean (syllable blocks, particles attached to nouns) and typos, which
 * the English sentence embedding handles poorly; for Korean, Nori's morphemes (and pairs of them) add stems
 * freed of particles and endings, jamo triples match spelling variants ("안바껴요", "안 바뀌어요"), and
 * syllable pairs and triples across spaces make the features
 * independent of spacing, which Korean writers vary ("경안동교통상황"). Values are L2-normalised.
 */
final class TextFeatures {

    private final Analyzer korean = new KoreanAnalyzer();
    private final int bits;
    private final int mask;

    TextFeatures(int bits) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
    }

    int dimension() {
        return 1 << bits;
    }

    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        var words = new ArrayList<String>();
        int start = -1;
        for (int i = 0; i <= normal.length(); i++) {
            boolean wordChar = i < normal.length() && Character.isLetterOrDigit(normal.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    SparseVector extract(String text) {
        List<String> words = words(text);
        var hashes = new ArrayList<Integer>(words.size() * 8);
        String previous = "<s>";
        for (String word : words) {
            hashes.add(hash("w:" + word));
            hashes.add(hash("b:" + previous + "_" + word));
            String padded = "<" + word + ">";
            for (int n = 2; n <= 4; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    hashes.add(hash("c" + n + ":" + padded.substring(i, i + n)));
                }
            }
            previous = word;
        }
        hashes.add(hash("b:" + previous + "_</s>"));
        if (hasHangul(text)) {
            String previousMorpheme = "<s>";
            for (String morpheme : koreanMorphemes(text)) {
                hashes.add(hash("k:" + morpheme));
                hashes.add(hash("kb:" + previousMorpheme + "_" + morpheme));
                previousMorpheme = morpheme;
            }
            for (String word : words) {
                String jamo = Normalizer.normalize(word, Normalizer.Form.NFD);
                for (int i = 0; i + 3 <= jamo.length(); i++) {
                    hashes.add(hash("j3:" + jamo.substring(i, i + 3)));
                }
            }
            String unspaced = String.join("", words);
            for (int n = 2; n <= 3; n++) {
                for (int i = 0; i + n <= unspaced.length(); i++) {
                    hashes.add(hash("s" + n + ":" + unspaced.substring(i, i + n)));
                }
            }
        }
        return SparseVector.ofCounts(hashes.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /** Nori's content morphemes: stems without particles and endings ("버려요" → "버리"). */
    private List<String> koreanMorphemes(String text) {
        var morphemes = new ArrayList<String>();
        try (TokenStream stream = korean.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                morphemes.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return morphemes;
    }

    private int hash(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> bits)) & mask;
    }

    /** Sorted distinct indices with L2-normalised values. */
    record SparseVector(int[] indices, float[] values) {

        SparseVector scaled(float factor) {
            float[] scaledValues = values.clone();
            for (int i = 0; i < scaledValues.length; i++) {
                scaledValues[i] *= factor;
            }
            return new SparseVector(indices, scaledValues);
        }

        static SparseVector ofCounts(int[] hashes) {
            if (hashes.length == 0) {
                return new SparseVector(new int[0], new float[0]);
            }
            int[] sorted = hashes.clone();
            Arrays.sort(sorted);
            int[] indices = new int[sorted.length];
            float[] values = new float[sorted.length];
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (n > 0 && indices[n - 1] == sorted[i]) {
                    values[n - 1]++;
                } else {
                    indices[n] = sorted[i];
                    values[n++] = 1;
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                values[i] = (float) Math.sqrt(values[i]);
                norm += values[i] * values[i];
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < n; i++) {
                values[i] *= inv;
            }
            return new SparseVector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
        }
    }
}
