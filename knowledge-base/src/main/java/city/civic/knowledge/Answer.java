package city.civic.knowledge;

import java.util.List;

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
}
