package city.civic.dialog;

import city.civic.dialog.NormalisedText.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Digits said or typed as words: "zero one zero ...", "oh", "double five", "공일공 일이삼사 오육칠팔". Words only
 * count inside a run of at least seven digits, so "one of the lights", "이 길" and "일이 있어요" stay words. A run
 * that counts is written as one group of digits, whatever separated its words.
 */
final class SpelledDigits {

    private static final int SHORTEST_RUN = 7;
    /** Fewer spelled digits than this at the edge of a number are words next to it: "010-1234-5678 이 번호". */
    private static final int SHORTEST_EDGE = 3;
    /** A Korean word with a particle after it counts only if it starts with this many digit syllables. */
    private static final int KOREAN_PREFIX = 4;
    private static final int LONGEST_GAP = 3;
    private static final String GAP = " ,-.";
    private static final String KOREAN = "영공일이삼사오육륙칠팔구";
    private static final String KOREAN_DIGITS = "001234566789";
    private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("zero", "0"), Map.entry("oh", "0"),
            Map.entry("o", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("dash", ""), Map.entry("hyphen", ""));
    /** How a hyphen is said in Korean: "공일공 다시 일이삼사", "공일공에 일이삼사에". */
    private static final String KOREAN_DASH = "다시";
    private static final char KOREAN_GROUP_END = '에';

    /**
     * Digits as typed ({@code spelled} null) or as words; {@code digitsEnd} before {@code end} when a Korean
     * word goes on with a particle, which ends the run.
     */
    private record Token(int start, int end, int digitsEnd, String spelled) {

        int digits() {
            return spelled == null ? end - start : spelled.length();
        }
    }

    private SpelledDigits() {
    }

    static List<Edit> edits(String text) {
        List<Token> tokens = tokens(text);
        List<Edit> edits = new ArrayList<>();
        int first = 0;
        while (first < tokens.size()) {
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last).digitsEnd() == tokens.get(last).end()
                    && isGap(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
                last++;
            }
            convert(tokens.subList(first, last + 1), edits);
            first = last + 1;
        }
        return edits;
    }

    private static void convert(List<Token> run, List<Edit> edits) {
        int first = 0;
        int last = run.size() - 1;
        if (run.stream().anyMatch(token -> token.spelled() == null)) {
            int digits = 0;
            int k = first;
            for (; run.get(k).spelled() != null; k++) {
                digits += run.get(k).digits();
            }
            first = digits < SHORTEST_EDGE ? k : first;
            digits = 0;
            for (k = last; run.get(k).spelled() != null; k--) {
                digits += run.get(k).digits();
            }
            last = digits < SHORTEST_EDGE ? k : last;
        }
        int digits = 0;
        boolean spelled = false;
        for (int k = first; k <= last; k++) {
            digits += run.get(k).digits();
            spelled |= run.get(k).spelled() != null;
        }
        if (!spelled || digits < SHORTEST_RUN) {
            return;
        }
        for (int k = first; k <= last; k++) {
            Token token = run.get(k);
            if (token.spelled() != null) {
                edits.add(new Edit(token.start(), token.digitsEnd(), token.spelled()));
            }
            if (k < last && token.end() < run.get(k + 1).start()) {
                edits.add(new Edit(token.end(), run.get(k + 1).start(), ""));
            }
        }
    }

    /** Groups of digits and words standing for digits; any other word lies in a gap and so ends a run. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (isAsciiDigit(c)) {
                end = skip(text, i, SpelledDigits::isAsciiDigit);
                tokens.add(new Token(i, end, end, null));
            } else if (isAsciiLetter(c)) {
                end = skip(text, i, SpelledDigits::isAsciiLetter);
                String digit = ENGLISH.get(text.substring(i, end).toLowerCase(Locale.ROOT));
                Token doubled = digit == null ? multiplied(text, i, end) : null;
                if (doubled != null) {
                    tokens.add(doubled);
                    end = doubled.end();
                } else if (digit != null) {
                    tokens.add(new Token(i, end, end, digit));
                }
            } else if (NormalisedText.isHangulSyllable(c)) {
                end = skip(text, i, NormalisedText::isHangulSyllable);
                Token korean = korean(text, i, end);
                if (korean != null) {
                    tokens.add(korean);
                }
            }
            i = end;
        }
        return tokens;
    }

    /** "double five" is 55, "triple oh" 000. */
    private static Token multiplied(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        int times = word.equals("double") ? 2 : word.equals("triple") ? 3 : 0;
        if (times == 0 || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return null;
        }
        int next = end + 1;
        int nextEnd = isAsciiDigit(text.charAt(next)) ? skip(text, next, SpelledDigits::isAsciiDigit)
                : skip(text, next, SpelledDigits::isAsciiLetter);
        String digit = nextEnd - next == 1 && isAsciiDigit(text.charAt(next)) ? text.substring(next, nextEnd)
                : ENGLISH.get(text.substring(next, nextEnd).toLowerCase(Locale.ROOT));
        return digit == null ? null : new Token(start, nextEnd, nextEnd, digit.repeat(times));
    }

    private static Token korean(String text, int start, int end) {
        StringBuilder digits = new StringBuilder();
        int k = start;
        for (int digit; k < end && (digit = KOREAN.indexOf(text.charAt(k))) >= 0; k++) {
            digits.append(KOREAN_DIGITS.charAt(digit));
        }
        if (k == end || k - start >= 3 && k == end - 1 && text.charAt(k) == KOREAN_GROUP_END) {
            return new Token(start, end, end, digits.toString());
        }
        if (k - start >= KOREAN_PREFIX) {
            return new Token(start, end, k, digits.toString());
        }
        return text.startsWith(KOREAN_DASH, start) && end - start == KOREAN_DASH.length()
                ? new Token(start, end, end, "") : null;
    }

    private static int skip(String text, int start, IntPredicate part) {
        int end = start;
        while (end < text.length() && part.test(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isGap(String text, int start, int end) {
        if (end - start > LONGEST_GAP) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (GAP.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
