package city.civic.admin.answers;

import city.civic.knowledge.Answer;
import city.civic.knowledge.Departments;
import city.civic.knowledge.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks what officials send: HTML removed first ({@link PlainText}), then presence and size against what
 * the database keeps, each failure with its own code ({@code question.missing}, {@code text.too_long}, ...).
 */
@Component
class AnswerInputs {

    static final Set<String> LANGUAGES = Set.of("en", "ko");
    static final int MAX_QUESTION = 500;
    static final int MAX_VARIANTS = 20;
    static final int MAX_VARIANTS_TOTAL = 4000;
    static final int MAX_TEXT = 4000;
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final Departments departments;

    AnswerInputs(Departments departments) {
        this.departments = departments;
    }

    static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            throw AnswerProblem.badRequest("lang.missing", "Say which language: \"lang\": \"en\" or \"ko\".");
        }
        if (!LANGUAGES.contains(lang)) {
            throw AnswerProblem.badRequest("lang.unsupported", "Answers are in \"en\" or \"ko\".");
        }
        return lang;
    }

    /** @param base the version the draft is based on, or null for new content */
    AnswerInput check(String lang, AnswerDraft draft, Answer base) {
        String question = PlainText.line(or(draft.question(), base == null ? null : base.question()));
        String text = PlainText.of(or(draft.text(), base == null ? null : base.text()));
        List<String> variants = variants(draft.variants() != null ? draft.variants()
                : base == null ? List.of() : base.alternatives());
        String category = or(draft.category(), base == null ? null : base.topic()).strip();
        String department = or(draft.department(), base == null ? null : base.department()).strip();
        require(question, "question", MAX_QUESTION);
        require(text, "text", MAX_TEXT);
        checkCategory(category);
        checkDepartment(department);
        return new AnswerInput(language(lang), question, variants, text, category, department);
    }

    private static List<String> variants(List<String> given) {
        var variants = new ArrayList<String>();
        for (String variant : given) {
            String plain = PlainText.line(variant);
            if (plain.length() > MAX_QUESTION) {
                throw AnswerProblem.badRequest("variants.too_long",
                        "Each variant may have at most " + MAX_QUESTION + " characters.");
            }
            if (!plain.isEmpty() && !variants.contains(plain)) {
                variants.add(plain);
            }
        }
        if (variants.size() > MAX_VARIANTS) {
            throw AnswerProblem.badRequest("variants.too_many", "At most " + MAX_VARIANTS + " variants.");
        }
        if (String.join("\n", variants).length() > MAX_VARIANTS_TOTAL) {
            throw AnswerProblem.badRequest("variants.too_long",
                    "The variants together may have at most " + MAX_VARIANTS_TOTAL + " characters.");
        }
        return variants;
    }

    private static void require(String value, String field, int max) {
        if (value.isEmpty()) {
            throw AnswerProblem.badRequest(field + ".missing", "The " + field + " is missing (HTML is removed).");
        }
        if (value.length() > max) {
            throw AnswerProblem.badRequest(field + ".too_long",
                    "The " + field + " may have at most " + max + " characters.");
        }
    }

    private static void checkCategory(String category) {
        if (category.isEmpty()) {
            throw AnswerProblem.badRequest("category.missing", "The category is missing.");
        }
        if (!CATEGORY.matcher(category).matches()) {
            throw AnswerProblem.badRequest("category.invalid",
                    "A category is lower-case letters, digits and dashes, at most 60 (e.g. \"waste\").");
        }
    }

    private void checkDepartment(String department) {
        if (department.isEmpty()) {
            throw AnswerProblem.badRequest("department.missing", "Say which department owns the answer.");
        }
        if (departments.find(department).isEmpty()) {
            throw AnswerProblem.badRequest("department.unknown", "There is no such department.");
        }
    }

    private static String or(String given, String fallback) {
        return given != null ? given : fallback == null ? "" : fallback;
    }
}
