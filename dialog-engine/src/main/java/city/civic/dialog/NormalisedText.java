package city.civic.dialog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A citizen's text spelled one way for matching: full-width forms folded (NFKC), dashes as '-', digits of
 * any script as ASCII, spelled digits as digits and e-mail obfuscations as '@' and '.'. Every char keeps the
 * span of the original it came from, so a match masks exactly what the citizen typed and nothing more.
 */
final class NormalisedText {

    /** Replaces chars [start, end) of the text being normalised. */
    record Edit(int start, int end, String replacement) {
    }

    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;

    private NormalisedText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static NormalisedText of(String original) {
        NormalisedText folded = folded(original);
        List<Edit> edits = new ArrayList<>(EmailAddresses.edits(folded.text));
        edits.addAll(SpelledDigits.edits(folded.text));
        return folded.apply(edits);
    }

    String text() {
        return text;
    }

    /** Where the original of normalised char {@code index} starts. */
    int originalStart(int index) {
        return from[index];
    }

    /** Where the original of normalised char {@code index} ends (exclusive). */
    int originalEnd(int index) {
        return to[index];
    }

    /** What the citizen typed for normalised chars [start, end). */
    String original(int start, int end) {
        return original.substring(from[start], to[end - 1]);
    }

    private static NormalisedText folded(String original) {
        Builder out = new Builder(original, original.length());
        for (int i = 0; i < original.length();) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80 || isHangulSyllable(cp)) {
                // Nearly all text: NFKC leaves these as they are.
                out.append((char) cp, i, next);
            } else {
                // Per code point, so each folded char knows its own origin.
                String folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
                for (int k = 0; k < folded.length(); k++) {
                    out.append(fold(folded.charAt(k)), i, next);
                }
            }
            i = next;
        }
        return out.build();
    }

    private static char fold(char c) {
        if (DASHES.indexOf(c) >= 0) {
            return '-';
        }
        if (c > 0x7F && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            return (char) ('0' + Character.digit(c, 10));
        }
        return c;
    }

    static boolean isHangulSyllable(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    private NormalisedText apply(List<Edit> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        Builder out = new Builder(original, text.length());
        int at = 0;
        for (Edit edit : edits) {
            if (edit.start() < at) {
                continue; // overlaps an edit already made; the first one wins
            }
            copy(out, at, edit.start());
            int start = from[edit.start()];
            int end = to[edit.end() - 1];
            for (int k = 0; k < edit.replacement().length(); k++) {
                out.append(edit.replacement().charAt(k), start, end);
            }
            at = edit.end();
        }
        copy(out, at, text.length());
        return out.build();
    }

    private void copy(Builder out, int start, int end) {
        for (int i = start; i < end; i++) {
            out.append(text.charAt(i), from[i], to[i]);
        }
    }

    private static final class Builder {

        private final String original;
        private final StringBuilder text;
        private int[] from;
        private int[] to;

        Builder(String original, int capacity) {
            this.original = original;
            this.text = new StringBuilder(capacity);
            this.from = new int[Math.max(capacity, 1)];
            this.to = new int[from.length];
        }

        void append(char c, int start, int end) {
            int size = text.length();
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            text.append(c);
            from[size] = start;
            to[size] = end;
        }

        NormalisedText build() {
            int size = text.length();
            return new NormalisedText(original, text.toString(), Arrays.copyOf(from, size), Arrays.copyOf(to, size));
        }
    }
}
