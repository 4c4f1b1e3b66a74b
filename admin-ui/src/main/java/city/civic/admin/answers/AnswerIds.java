package city.civic.admin.answers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/** Ids of new answers: {@code faq.} and the English question's words, unique; stable once given. */
final class AnswerIds {

    private static final int MAX_SLUG = 60;

    private AnswerIds() {
    }

    static String newId(String question, Predicate<String> taken) {
        String slug = slug(question);
        if (slug.isEmpty()) {
            slug = UUID.randomUUID().toString().substring(0, 8);
        }
        String id = "faq." + slug;
        for (int n = 2; taken.test(id); n++) {
            id = "faq." + slug + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug;
    }
}
