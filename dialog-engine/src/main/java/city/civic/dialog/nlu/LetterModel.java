package city.civic.dialog.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells gibberish from words: a letter-trigram model of the training examples' words (Witten-Bell
 * interpolation down to single letters), the classic gibberish detector. Hangul is decomposed into jamo
 * (NFKD), so Korean keyboard mash ("ㅁㄴㅇㄹ", consonants with no vowel between them) is as improbable as
 * "asdfjkl", and a letter of a script the examples never use (Cyrillic, Han, Arabic) is all but impossible.
 * A message is gibberish when at least half of its letters are in implausible words: unknown words of four
 * letters or more costing at least {@link #IMPLAUSIBLE_BITS} per letter. Words seen in training ("ㄱㅅ") and
 * short unknown words (acronyms) are never judged, nor anything when the examples are too few to learn from.
 */
final class LetterModel {

    /**
     * Measured with the words of CLINC150 validation and the pack's held-out examples unseen in training:
     * the most surprising real words of four letters or more cost 8.1 bits per letter, keyboard mash 9–12.
     */
    static final double IMPLAUSIBLE_BITS = 8.5;
    private static final int MIN_JUDGED_LETTERS = 4;
    /** Below this much text (a few hundred messages) letter statistics are too thin to judge by. */
    static final int MIN_LEARNED_LETTERS = 5_000;
    private static final int ORDER = 3;
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    /** Share of a letter never seen in training, against one seen once (a new script is not a typo). */
    private static final double UNSEEN_LETTER = 1e-3;

    private final Set<String> vocabulary = new HashSet<>();
    private final Map<String, Integer> followers = new HashMap<>(); // context + letter → count
    private final Map<String, Integer> contextCounts = new HashMap<>();
    private final Map<String, Integer> contextTypes = new HashMap<>();
    private final Map<Character, Integer> letterCounts = new HashMap<>();
    private int letters;

    private LetterModel() {
    }

    static LetterModel of(List<String> texts) {
        var model = new LetterModel();
        texts.forEach(text -> words(text).forEach(model::learn));
        return model;
    }

    private void learn(String word) {
        vocabulary.add(word);
        String padded = pad(word);
        for (int i = ORDER - 1; i < padded.length(); i++) {
            char letter = padded.charAt(i);
            letterCounts.merge(letter, 1, Integer::sum);
            letters++;
            for (int k = 1; k < ORDER; k++) {
                String context = padded.substring(i - k, i);
                contextCounts.merge(context, 1, Integer::sum);
                if (followers.merge(context + letter, 1, Integer::sum) == 1) {
                    contextTypes.merge(context, 1, Integer::sum);
                }
            }
        }
    }

    boolean gibberish(String text) {
        if (letters < MIN_LEARNED_LETTERS) {
            return false;
        }
        int total = 0;
        int implausible = 0;
        for (String word : words(text)) {
            total += word.length();
            if (word.length() >= MIN_JUDGED_LETTERS && !vocabulary.contains(word)
                    && bitsPerLetter(word) >= IMPLAUSIBLE_BITS) {
                implausible += word.length();
            }
        }
        return total > 0 && implausible * 2 >= total;
    }

    /** Mean surprise of a word's letters (and its end), in bits. */
    double bitsPerLetter(String word) {
        String padded = pad(word);
        double bits = 0;
        for (int i = ORDER - 1; i < padded.length(); i++) {
            bits -= Math.log(probability(padded.substring(i - ORDER + 1, i), padded.charAt(i)));
        }
        return bits / Math.log(2) / (word.length() + 1);
    }

    private double probability(String context, char letter) {
        double smoothing = 0.5 * (letterCounts.size() + 1);
        Integer seen = letterCounts.get(letter);
        double p = seen == null ? 0.5 * UNSEEN_LETTER / (letters + smoothing) : (seen + 0.5) / (letters + smoothing);
        for (int k = 1; k <= context.length(); k++) {
            String shorter = context.substring(context.length() - k);
            int count = contextCounts.getOrDefault(shorter, 0);
            if (count == 0) {
                break;
            }
            int types = contextTypes.get(shorter);
            double weight = (double) count / (count + types);
            p = weight * followers.getOrDefault(shorter + letter, 0) / count + (1 - weight) * p;
        }
        return p;
    }

    private static String pad(String word) {
        return String.valueOf(START).repeat(ORDER - 1) + word + END;
    }

    /** Lower-cased words of letters, Hangul as jamo; accents dropped, anything else separates words. */
    static List<String> words(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        decomposed.codePoints().forEach(cp -> {
            if (Character.isLetter(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
