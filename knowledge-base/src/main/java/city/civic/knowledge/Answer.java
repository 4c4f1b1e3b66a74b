package city.civic.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One curated answer in one language, owned by a responsible department. */
public record Answer(
        String id,
        String lang,
        String topic,
        String department,
        String question,
        List<String> alternatives,
        String text,
        AnswerStatus status) {

    public Answer {
        alternatives = List.copyOf(alternatives);
    }

    /** The question and its paraphrases: every phrasing a citizen may use. */
    public List<String> phrasings() {
        var all = new java.util.ArrayList<String>(alternatives.size() + 1);
        all.add(question);
        all.addAll(alternatives);
        return all;
    }

    /** The fields in which this answer differs from another version of it. */
    public Set<AnswerField> differencesFrom(Answer other) {
        var changed = EnumSet.noneOf(AnswerField.class);
        differs(changed, AnswerField.QUESTION, question, other.question);
        differs(changed, AnswerField.VARIANTS, alternatives, other.alternatives);
        differs(changed, AnswerField.TEXT, text, other.text);
        differs(changed, AnswerField.CATEGORY, topic, other.topic);
        differs(changed, AnswerField.DEPARTMENT, department, other.department);
        differs(changed, AnswerField.STATUS, status, other.status);
        return changed;
    }

    /** The same words, whatever the workflow status. */
    public boolean sameContentAs(Answer other) {
        var changed = differencesFrom(other);
        changed.remove(AnswerField.STATUS);
        return changed.isEmpty();
    }

    public Answer withStatus(AnswerStatus newStatus) {
        return new Answer(id, lang, topic, department, question, alternatives, text, newStatus);
    }

    private static void differs(Set<AnswerField> changed, AnswerField field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }
}
