package city.civic.voice.speech.mary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Text to be spoken, cut into tokens and sentences the way MaryTTS's English text expansion
 * ({@code marytts.language.en.Preprocess}) expects them from a tokeniser. No MaryTTS types here: the
 * same sentences feed {@link CivicTokeniser} and incremental synthesis.
 *
 * <p>A token is a run of letters and digits, kept whole across the marks that belong inside it
 * ({@code 3.5}, {@code 1,000}, {@code 10:30}, {@code SC-2026-000123}, {@code don't},
 * {@code seoul.go.kr}, {@code help@seoul.go.kr}, {@code -5}) so that Preprocess can expand it; every other
 * punctuation mark or symbol is a token of its own, runs of sentence-final marks ({@code ?!},
 * {@code ...}) one token. The period stays on the abbreviations Preprocess expands ({@code Mr. Dr. St.
 * etc.}) and on dotted letters ({@code a.m.}, {@code e.g.}). A dash standing between words becomes a
 * comma (a pause; Preprocess would read a lone dash as "minus"). Control, format and emoji characters
 * are dropped; typographic quotes, apostrophes and the ellipsis become ASCII.
 */
final class SpokenText {

    /** A longer token is cut, as MaryTTS's own tokeniser does. */
    static final int MAX_TOKEN_LENGTH = 100;

    /** Abbreviations Preprocess expands (its {@code abbrev.dat}): the period stays on them. */
    private static final Set<String> EXPANDED_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "co", "ltd", "etc");
    /** Their period never ends a sentence: a name or an example follows. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "prof", "e.g", "i.e");
    private static final Pattern DOTTED_LETTERS = Pattern.compile("\\p{L}(\\.\\p{L})+");
    private static final String CLOSERS = ")]}»›";
    private static final String DASHES = "-‐‑‒–—―−";

    /**
     * @param text           as spoken, typographic marks made ASCII
     * @param start          offset of the first character in the text it came from
     * @param end            offset after the last character
     * @param spaced         white space (or the start of the text) comes right before it
     * @param paragraphStart an empty line comes before it
     */
    record Token(String text, int start, int end, boolean spaced, boolean paragraphStart) {

        boolean isWord() {
            return Character.isLetterOrDigit(text.codePointAt(0)) || text.length() > 1 && text.charAt(0) == '-';
        }
    }

    private SpokenText() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int newlines = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isSkipped(c)) {
                newlines += c == '\n' ? 1 : 0;
                i += Character.charCount(c);
                continue;
            }
            boolean spaced = i == 0 || isSkipped(text.codePointBefore(i));
            int end;
            String token;
            if (Character.isLetterOrDigit(c) || isSign(text, i)) {
                end = wordEnd(text, i);
                token = normalisedWord(text.substring(i, end));
                if (end < text.length() && text.charAt(end) == '.' && keepsPeriod(token)) {
                    end++;
                    token += ".";
                }
            } else if (isTerminator(c)) {
                end = runEnd(text, i, SpokenText::isTerminator);
                token = text.substring(i, end).replace("…", "...");
            } else if (DASHES.indexOf(c) >= 0) {
                end = runEnd(text, i, d -> DASHES.indexOf(d) >= 0);
                token = ",";
            } else {
                end = i + Character.charCount(c);
                token = normalisedMark(c);
            }
            tokens.add(new Token(cut(token), i, end, spaced, newlines >= 2));
            newlines = 0;
            i = end;
        }
        return tokens;
    }

    /**
     * Where sentences end: after a run of {@code . ? !} and the quotes and brackets closing right after
     * it, unless a lower-case word follows (an abbreviation we do not know, a quoted exclamation); after
     * an abbreviation that is no title when a capitalised word follows; before an empty line; at the end.
     */
    static BitSet sentenceEnds(List<Token> tokens) {
        BitSet ends = new BitSet(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean terminator = isTerminator(tokens, i);
            boolean abbreviation = isAbbreviationEndingSentences(tokens.get(i).text());
            int last = i;
            while ((terminator || abbreviation) && last + 1 < tokens.size() && isCloser(tokens.get(last + 1))) {
                last++;
            }
            Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
            if (after == null || after.paragraphStart()
                    || terminator && !Character.isLowerCase(after.text().codePointAt(0))
                    || abbreviation && Character.isUpperCase(after.text().codePointAt(0))) {
                ends.set(last);
                i = last;
            }
        }
        return ends;
    }

    /** The sentences of a text, each as it is written there, in order; none when nothing can be said. */
    static List<String> sentences(String text) {
        List<Token> tokens = tokens(text);
        BitSet ends = sentenceEnds(tokens);
        List<String> sentences = new ArrayList<>();
        int first = 0;
        for (int last = ends.nextSetBit(0); last >= 0; last = ends.nextSetBit(last + 1)) {
            List<Token> sentence = tokens.subList(first, last + 1);
            if (sentence.stream().anyMatch(Token::isWord)) {
                sentences.add(text.substring(sentence.get(0).start(), tokens.get(last).end()));
            }
            first = last + 1;
        }
        return sentences;
    }

    /** Whether there is any word or number to say. */
    static boolean hasWords(String text) {
        return tokens(text).stream().anyMatch(Token::isWord);
    }

    /** A run of {@code . ? !}, except the period after a title written without its own ("Prof ."). */
    private static boolean isTerminator(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        return isTerminator(text.codePointAt(0)) && !(text.equals(".") && i > 0 && isTitle(tokens.get(i - 1).text()));
    }

    private static boolean isAbbreviationEndingSentences(String text) {
        return Character.isLetter(text.codePointAt(0)) && text.endsWith(".") && !isTitle(text.substring(0, text.length() - 1));
    }

    private static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isCloser(Token token) {
        String text = token.text();
        return CLOSERS.contains(text) || !token.spaced() && (text.equals("\"") || text.equals("'"));
    }

    private static boolean keepsPeriod(String word) {
        return EXPANDED_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || DOTTED_LETTERS.matcher(word).matches();
    }

    /** End of a word starting at {@code from}, taking in the marks that join two parts of it. */
    private static int wordEnd(String text, int from) {
        int i = from + 1;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || isMark(c) || joins(text, i)) {
                i += Character.charCount(c);
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether the mark at {@code i} sits inside a word: {@code 3.5 1,000 10:30 SC-2026 don't a_b x@y 1/2}. */
    private static boolean joins(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char mark = text.charAt(i);
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i + 1);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return switch (mark) {
            case '.', '-', '‐', '‑', '_', '@' -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            case '\'', '’' -> Character.isLetter(before) && Character.isLetter(after);
            case ':', '/' -> digits;
            case ',' -> digits && isThousands(text, i + 1);
            default -> false;
        };
    }

    /** Exactly three digits from {@code from}, as after a thousands separator. */
    private static boolean isThousands(String text, int from) {
        int digits = 0;
        while (from + digits < text.length() && Character.isDigit(text.charAt(from + digits))) {
            digits++;
        }
        return digits == 3;
    }

    /** A minus sign in front of a number, as in {@code -5}. */
    private static boolean isSign(String text, int i) {
        char c = text.charAt(i);
        return (c == '-' || c == '−')
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                && (i == 0 || isSkipped(text.codePointBefore(i)) || text.charAt(i - 1) == '(');
    }

    private static String normalisedWord(String word) {
        return word.replace('’', '\'').replace('ʼ', '\'').replace('‐', '-').replace('‑', '-').replace('−', '-');
    }

    private static String normalisedMark(int c) {
        return switch (c) {
            case '“', '”', '„', '‟' -> "\"";
            case '‘', '’', '‚', '‛' -> "'";
            default -> Character.toString(c);
        };
    }

    private static String cut(String token) {
        if (token.length() <= MAX_TOKEN_LENGTH) {
            return token;
        }
        int end = Character.isHighSurrogate(token.charAt(MAX_TOKEN_LENGTH - 1)) ? MAX_TOKEN_LENGTH - 1 : MAX_TOKEN_LENGTH;
        return token.substring(0, end);
    }

    private static int runEnd(String text, int from, IntPredicate member) {
        int i = from;
        while (i < text.length() && member.test(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean isTerminator(int c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** White space, and what cannot be spoken: control and format characters, emoji, unassigned code points. */
    private static boolean isSkipped(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED, Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL -> true;
            default -> isMark(c);
        };
    }
}
