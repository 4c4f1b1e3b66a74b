package city.civic.admin.answers;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.CuratedAnswer;
import java.util.Locale;

/**
 * Which answers a list shows: words anywhere in the id, question, variants or text, and exact category,
 * language, status and owner department; blank means any. The city's answers are a few hundred, so they
 * are filtered in memory.
 */
record AnswerFilter(String q, String category, String lang, AnswerStatus status, String department) {

    boolean matches(CuratedAnswer curated) {
        Answer a = curated.answer();
        return any(category, a.topic()) && any(lang, a.lang()) && (status == null || status == a.status())
                && any(department, a.department()) && containsWords(a);
    }

    private boolean containsWords(Answer a) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String haystack = String.join("\n", a.id(), a.question(), String.join("\n", a.alternatives()), a.text())
                .toLowerCase(Locale.ROOT);
        for (String word : q.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean any(String wanted, String actual) {
        return wanted == null || wanted.isBlank() || wanted.equals(actual);
    }
}
