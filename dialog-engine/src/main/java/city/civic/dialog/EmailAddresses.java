package city.civic.dialog;

import static city.civic.dialog.SpelledDigits.isAsciiDigit;
import static city.civic.dialog.SpelledDigits.isAsciiLetter;

import city.civic.dialog.NormalisedText.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * E-mail addresses, also written to dodge filters: "name[at]example.com", "name (at) example (dot) com",
 * "name at example dot com", "hong골뱅이naver.com". Normalising turns the spelled forms into '@' and '.';
 * a bare word "at" only counts when the domain has a spelled dot too, so "the notice at www.city.go.kr" stays.
 */
final class EmailAddresses {

    private static final int LONGEST_LOCAL = 64;
    private static final int LONGEST_DOMAIN = 255;
    private static final String OPENERS = "([{<";
    private static final String CLOSERS = ")]}>";
    private static final String COM = ".com";

    private EmailAddresses() {
    }

    /** '@' and '.' for the words standing for them between parts of an address. */
    static List<Edit> edits(String text) {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean latin = isAsciiLetter(c);
            if (!latin && !NormalisedText.isHangulSyllable(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (latin ? isAsciiLetter(text.charAt(end))
                    : NormalisedText.isHangulSyllable(text.charAt(end)))) {
                end++;
            }
            String symbol = switch (text.substring(i, end).toLowerCase(Locale.ROOT)) {
                case "at", "골뱅이" -> "@";
                case "dot", "닷" -> ".";
                case "닷컴" -> COM;
                default -> null;
            };
            if (symbol != null) {
                edit(text, i, end, symbol, latin, edits);
            }
            i = end;
        }
        return edits;
    }

    private static void edit(String text, int start, int end, String symbol, boolean latin, List<Edit> edits) {
        int open = start - 1;
        while (open >= 0 && text.charAt(open) == ' ') {
            open--;
        }
        int close = end;
        while (close < text.length() && text.charAt(close) == ' ') {
            close++;
        }
        boolean bracketed = open >= 0 && close < text.length() && OPENERS.indexOf(text.charAt(open)) >= 0
                && OPENERS.indexOf(text.charAt(open)) == CLOSERS.indexOf(text.charAt(close));
        if (bracketed) {
            start = open;
            end = close + 1;
        } else if (latin && (start == 0 || text.charAt(start - 1) != ' ' || end == text.length()
                || text.charAt(end) != ' ')) {
            return; // a bare "at" or "dot" stands between spaces, never inside "kim.at.home"
        }
        int left = start - 1;
        while (left >= 0 && text.charAt(left) == ' ') {
            left--;
        }
        int right = end;
        while (right < text.length() && text.charAt(right) == ' ') {
            right++;
        }
        if (left < 0 || !isAsciiAlphanumeric(text.charAt(left))) {
            return;
        }
        if (symbol.equals(COM)) {
            edits.add(new Edit(left + 1, end, symbol));
        } else if (right < text.length() && isAsciiAlphanumeric(text.charAt(right))) {
            edits.add(new Edit(left + 1, right, symbol));
        }
    }

    /** Adds the span [start, end) of every address in the normalised text. */
    static void find(NormalisedText normalised, List<int[]> spans) {
        String text = normalised.text();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < LONGEST_LOCAL && isLocal(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < text.length() && end - at <= LONGEST_DOMAIN && isDomain(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            end = domainEnd(text, at + 1, end);
            if (start < at && end > 0 && (!normalised.original(at, at + 1).strip().equalsIgnoreCase("at")
                    || hasSpelledDot(normalised, at + 1, end))) {
                spans.add(new int[] {start, end});
            }
        }
    }

    /**
     * Where the domain from start ends: labels joined by single dots, then a top-level domain of letters
     * (kim@example.com010-... ends before the digits); -1 if it is no domain.
     */
    private static int domainEnd(String text, int start, int end) {
        int lastDot = end - 1;
        while (lastDot > start && text.charAt(lastDot) != '.') {
            lastDot--;
        }
        if (lastDot <= start || text.charAt(start) == '-' || text.charAt(start) == '.') {
            return -1;
        }
        for (int i = start + 1; i < lastDot; i++) {
            if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
                return -1;
            }
        }
        int topLevel = lastDot + 1;
        while (topLevel < end && isAsciiLetter(text.charAt(topLevel))) {
            topLevel++;
        }
        return topLevel - lastDot > 2 ? topLevel : -1;
    }

    private static boolean hasSpelledDot(NormalisedText normalised, int start, int end) {
        for (int i = start; i < end; i++) {
            if (normalised.text().charAt(i) == '.' && !normalised.original(i, i + 1).equals(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocal(char c) {
        return isAsciiAlphanumeric(c) || "._%+-".indexOf(c) >= 0;
    }

    private static boolean isDomain(char c) {
        return isAsciiAlphanumeric(c) || c == '.' || c == '-';
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }
}
