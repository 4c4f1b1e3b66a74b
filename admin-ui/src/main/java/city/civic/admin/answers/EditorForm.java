package city.civic.admin.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The editor's form as posted: category and department for the answer, and per language ({@code en},
 * {@code ko}) the question, the variants (one per line), the text and the version it was based on.
 */
record EditorForm(String category, String department, Map<String, Column> columns) {

    static final List<String> LANGUAGES = List.of("en", "ko");

    /** One language as typed. */
    record Column(String question, String variants, String text, Integer version) {

        boolean isBlank() {
            return draftWith(null, null).isBlank();
        }

        AnswerDraft draftWith(String category, String department) {
            List<String> lines = variants == null ? List.of() : Arrays.stream(variants.split("\\R"))
                    .map(String::strip).filter(v -> !v.isEmpty()).toList();
            return new AnswerDraft(orEmpty(question), lines, orEmpty(text), category, department);
        }
    }

    static EditorForm from(Map<String, String> params) {
        var columns = new java.util.LinkedHashMap<String, Column>();
        for (String lang : LANGUAGES) {
            columns.put(lang, new Column(params.get("question." + lang), params.get("variants." + lang),
                    params.get("text." + lang), version(params.get("version." + lang))));
        }
        return new EditorForm(orEmpty(params.get("category")), orEmpty(params.get("department")), columns);
    }

    AnswerDraft draft(String lang) {
        return columns.get(lang).draftWith(category, department);
    }

    private static Integer version(String value) {
        return value == null || !value.matches("\\d{1,9}") ? null : Integer.valueOf(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
