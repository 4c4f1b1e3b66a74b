package city.civic.admin.answers;

import java.util.List;

/**
 * What a person sent for an answer in one language, unchecked; a field left out ({@code null}) keeps the
 * value of the version it is based on.
 */
record AnswerDraft(String question, List<String> variants, String text, String category, String department) {

    AnswerDraft withDepartment(String newDepartment) {
        return new AnswerDraft(question, variants, text, category, newDepartment);
    }

    boolean isBlank() {
        return blank(question) && blank(text) && (variants == null || variants.stream().allMatch(AnswerDraft::blank));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
