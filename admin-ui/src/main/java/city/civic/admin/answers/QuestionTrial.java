package city.civic.admin.answers;

import city.civic.dialog.Utterance;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.KnowledgeSearch;
import java.util.ArrayList;
import java.util.List;

/**
 * "Try a question": the published answers the engine ranks for a citizen's wording, with their scores, the
 * confidence threshold, and the answer the citizen would get (the first, if it clears the threshold; below
 * it the bot says it does not know). Same search as the bot's, so what staff see is what citizens get.
 */
public record QuestionTrial(String question, String lang, double threshold, List<Row> rows) {

    static final int SHOWN = 5;
    /** A citizen's question is at most one message long. */
    static final int MAX_QUESTION = Utterance.MAX_TEXT_LENGTH;

    /** One ranked answer; {@code firstBelow} marks where the threshold line falls. */
    public record Row(int rank, KnowledgeHit hit, boolean given, boolean firstBelow) {

        public String score() {
            return String.format(java.util.Locale.ROOT, "%.3f", hit.confidence());
        }
    }

    static QuestionTrial run(KnowledgeSearch search, String question, String lang) {
        String wording = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        List<KnowledgeHit> hits = search.search(wording, lang, SHOWN);
        var rows = new ArrayList<Row>();
        boolean lineDrawn = false;
        for (int i = 0; i < hits.size(); i++) {
            KnowledgeHit hit = hits.get(i);
            boolean below = !hit.confident() && !lineDrawn;
            lineDrawn |= below;
            rows.add(new Row(i + 1, hit, i == 0 && hit.confident(), below));
        }
        return new QuestionTrial(wording, lang, search.confidenceThreshold(lang), List.copyOf(rows));
    }

    /** The answer the citizen would get, or null when the bot would say it does not know. */
    public KnowledgeHit given() {
        return rows.stream().filter(Row::given).map(Row::hit).findFirst().orElse(null);
    }

    public String thresholdText() {
        return Double.isNaN(threshold) ? "?" : String.format(java.util.Locale.ROOT, "%.2f", threshold);
    }
}
