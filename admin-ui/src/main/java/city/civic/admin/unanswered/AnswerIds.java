package city.civic.admin.unanswered;

import java.text.Normalizer;
import java.util.Locale;

/** Answer ids as the city pack writes them ({@code faq.passport-fee}): lower-case letters, digits, dots, dashes. */
final class AnswerIds {

    static final int MAX_LENGTH = 100;

    private AnswerIds() {
    }

    static void requireWellFormed(String id) {
        if (id == null || id.isBlank()) {
            throw ResolutionRefused.badRequest("answer_id.missing", "Name the answer: {\"answerId\":\"...\"}.");
        }
        if (!wellFormed(id.strip())) {
            throw ResolutionRefused.badRequest("answer_id.invalid", "An answer id has at most " + MAX_LENGTH
                    + " lower-case letters, digits, dots and dashes, e.g. faq.passport-fee.");
        }
    }

    static boolean wellFormed(String id) {
        if (id.length() < 3 || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return Character.isLetterOrDigit(id.charAt(0));
    }

    /** An id suggested for a new answer: {@code faq.} and the question's first English words, else the group. */
    static String suggest(String question, long groupId) {
        String ascii = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT);
        var slug = new StringBuilder();
        int words = 0;
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (word.length() < 3 || STOP_WORDS.contains(word) || words == 5) {
                continue;
            }
            slug.append(slug.isEmpty() ? "" : "-").append(word);
            words++;
        }
        return slug.length() < 3 ? "faq.unanswered-" + groupId : "faq." + slug;
    }

    private static final java.util.Set<String> STOP_WORDS = java.util.Set.of("the", "and", "can", "how", "what",
            "where", "when", "who", "why", "which", "does", "for", "you", "your", "with", "are", "is", "there",
            "any", "about", "from", "into", "have", "has", "get", "please", "tell", "want", "need", "this", "that");
}
