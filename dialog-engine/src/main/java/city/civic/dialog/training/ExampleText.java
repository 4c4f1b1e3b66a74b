package city.civic.dialog.training;

import city.civic.dialog.IntentTraining;
import java.text.Normalizer;
import java.util.Locale;

/** How an official's example utterance is cleaned, checked and compared for duplicates. */
final class ExampleText {

    private ExampleText() {
    }

    /** NFKC, control characters and runs of white space as one space, trimmed; refused if empty or too long. */
    static String clean(String text) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        var out = new StringBuilder(normalized.length());
        boolean space = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        String cleaned = out.toString();
        if (cleaned.isEmpty()) {
            throw new IntentTraining.Refused("example.empty", "Type the example utterance.");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > IntentTraining.MAX_EXAMPLE_LENGTH) {
            throw new IntentTraining.Refused("example.too_long", "An example may have at most "
                    + IntentTraining.MAX_EXAMPLE_LENGTH + " characters.");
        }
        return cleaned;
    }

    /** Two examples with the same key are the same utterance: case and final punctuation aside. */
    static String key(String cleaned) {
        String lower = cleaned.toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && ".!?。？！…".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        return lower.substring(0, end).strip();
    }
}
