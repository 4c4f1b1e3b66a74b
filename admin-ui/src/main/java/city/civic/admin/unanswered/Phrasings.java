package city.civic.admin.unanswered;

import city.civic.dialog.PersonalData;
import city.civic.knowledge.UnansweredQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Citizens' questions as phrasings of an answer: masked, on one line, each wording once, within the limits. */
final class Phrasings {

    static final int MAX_QUESTION = 500;
    static final int MAX_ALTERNATIVES = 4000;

    private Phrasings() {
    }

    static List<String> distinctMasked(List<UnansweredQuestion> questions) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (UnansweredQuestion question : questions) {
            String text = oneLine(PersonalData.mask(question.question()));
            if (!text.isEmpty() && text.length() <= MAX_QUESTION) {
                byKey.putIfAbsent(key(text), text);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The phrasings an answer does not have yet (case and surrounding spaces aside). */
    static List<String> notYetIn(List<String> existing, List<String> candidates) {
        var known = new java.util.HashSet<String>();
        existing.forEach(p -> known.add(key(p)));
        var added = new ArrayList<String>();
        for (String candidate : candidates) {
            if (known.add(key(candidate))) {
                added.add(candidate);
            }
        }
        return added;
    }

    /** Lines of a text area: each trimmed to one line, empty ones and repeats dropped. */
    static List<String> lines(String text) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String phrasing = oneLine(line);
            if (!phrasing.isEmpty()) {
                byKey.putIfAbsent(key(phrasing), phrasing);
            }
        }
        return List.copyOf(byKey.values());
    }

    static void requireFits(List<String> alternatives) {
        if (String.join("\n", alternatives).length() > MAX_ALTERNATIVES) {
            throw ResolutionRefused.badRequest("variants.too_long", "The phrasings would exceed " + MAX_ALTERNATIVES
                    + " characters in all; choose fewer questions.");
        }
        if (alternatives.stream().anyMatch(a -> a.length() > MAX_QUESTION)) {
            throw ResolutionRefused.badRequest("question.too_long", "A phrasing may have at most " + MAX_QUESTION
                    + " characters.");
        }
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String key(String phrasing) {
        return oneLine(phrasing).toLowerCase(Locale.ROOT);
    }
}
