package city.civic.admin.answers;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerField;
import city.civic.knowledge.AnswerVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What changed from one version of an answer to another: each changed field word by word, and the status. */
public record VersionDiff(String lang, AnswerVersion from, AnswerVersion to, List<FieldDiff> fields, String fromStatus,
        String toStatus) {

    /** One changed field; {@code name} as the JSON API spells it (question, variants, text, category, department). */
    public record FieldDiff(String name, List<WordDiff.Part> parts) {
    }

    static VersionDiff between(AnswerVersion from, AnswerVersion to) {
        Answer a = from.answer();
        Answer b = to.answer();
        var fields = new ArrayList<FieldDiff>();
        var changed = to.changesFrom(from);
        field(fields, changed, AnswerField.QUESTION, a.question(), b.question());
        field(fields, changed, AnswerField.VARIANTS, String.join("\n", a.alternatives()),
                String.join("\n", b.alternatives()));
        field(fields, changed, AnswerField.TEXT, a.text(), b.text());
        field(fields, changed, AnswerField.CATEGORY, a.topic(), b.topic());
        field(fields, changed, AnswerField.DEPARTMENT, a.department(), b.department());
        return new VersionDiff(b.lang(), from, to, List.copyOf(fields), WireStatus.of(a.status()),
                WireStatus.of(b.status()));
    }

    public boolean statusChanged() {
        return !fromStatus.equals(toStatus);
    }

    static String name(AnswerField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static void field(List<FieldDiff> fields, java.util.Set<AnswerField> changed, AnswerField field,
            String before, String after) {
        if (changed.contains(field)) {
            fields.add(new FieldDiff(name(field), WordDiff.between(before, after)));
        }
    }
}
