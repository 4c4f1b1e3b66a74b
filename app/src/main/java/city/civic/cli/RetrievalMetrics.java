package city.civic.cli;

import city.civic.knowledge.KnowledgeHit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code eval-retrieval} reports over a set of queries. Answered means the top answer clears the
 * confidence threshold; it is correct when that answer is one of the query's gold answers.
 */
record RetrievalMetrics(double recallAt1, double recallAt5, double mrrAt10, double abstainRate,
        double answeredCorrectly, double answeredWrongly, int n) {

    /** One query's ranked answers (best first) and the ids that would be right. */
    record Outcome(List<KnowledgeHit> ranked, Set<String> gold) {

        int rankOfFirstGold() {
            for (int i = 0; i < ranked.size(); i++) {
                if (gold.contains(ranked.get(i).answerId())) {
                    return i + 1;
                }
            }
            return 0;
        }

        boolean answered() {
            return !ranked.isEmpty() && ranked.get(0).confident();
        }
    }

    static RetrievalMetrics of(List<Outcome> outcomes) {
        int n = outcomes.size();
        double at1 = 0, at5 = 0, mrr = 0, abstained = 0, correct = 0, wrong = 0;
        for (Outcome outcome : outcomes) {
            int rank = outcome.rankOfFirstGold();
            at1 += rank == 1 ? 1 : 0;
            at5 += rank >= 1 && rank <= 5 ? 1 : 0;
            mrr += rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
            if (!outcome.answered()) {
                abstained++;
            } else if (rank == 1) {
                correct++;
            } else {
                wrong++;
            }
        }
        double count = Math.max(1, n);
        return new RetrievalMetrics(at1 / count, at5 / count, mrr / count, abstained / count, correct / count,
                wrong / count, n);
    }

    /** The contract's JSON object, keys in the documented order. */
    Map<String, Object> asJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("recallAt1", round(recallAt1));
        json.put("recallAt5", round(recallAt5));
        json.put("mrrAt10", round(mrrAt10));
        json.put("abstainRate", round(abstainRate));
        json.put("answeredCorrectly", round(answeredCorrectly));
        json.put("answeredWrongly", round(answeredWrongly));
        json.put("n", n);
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
