package city.civic.cli;

import city.civic.knowledge.lucene.PhrasingMatch;
import city.civic.knowledge.lucene.Ranker;
import city.civic.knowledge.lucene.Ranking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the dense weight and the confidence threshold by k-fold cross-validation over queries: each
 * fold is ranked with the setting that did best on the other folds, so no query helps choose its own.
 * Best means most answered correctly less {@value #WRONG_COST} times the answered wrongly (a wrong answer
 * costs a citizen more than an "I don't know"); an out-of-scope query (no gold id) must be left unanswered.
 */
final class RankerSelection {

    static final double WRONG_COST = 4;
    private static final int RESULTS = 10;

    /** One query's candidates, found once and re-ranked for every setting tried. */
    record Query(List<PhrasingMatch> matches, Set<String> gold) {
    }

    /** The out-of-fold outcomes, in query order, and the setting each fold chose. */
    record Result(List<RetrievalMetrics.Outcome> outcomes, List<Ranker> chosen) {
    }

    private final List<Ranker> candidates;

    RankerSelection(Ranking ranking) {
        var settings = new ArrayList<Ranker>();
        double[] weights = ranking == Ranking.HYBRID ? steps(0, 1, 0.05) : new double[] {0};
        for (double weight : weights) {
            for (double threshold : steps(0.2, 0.9, 0.01)) {
                settings.add(new Ranker(ranking, weight, threshold));
            }
        }
        this.candidates = List.copyOf(settings);
    }

    Result crossValidate(List<Query> queries, int folds, long seed) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < queries.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        var outcomes = new RetrievalMetrics.Outcome[queries.size()];
        var chosen = new ArrayList<Ranker>();
        for (int fold = 0; fold < folds; fold++) {
            var train = new ArrayList<Query>();
            var test = new ArrayList<Integer>();
            for (int position = 0; position < order.size(); position++) {
                if (position % folds == fold) {
                    test.add(order.get(position));
                } else {
                    train.add(queries.get(order.get(position)));
                }
            }
            Ranker best = best(train);
            chosen.add(best);
            for (int i : test) {
                outcomes[i] = outcome(best, queries.get(i));
            }
        }
        return new Result(List.of(outcomes), chosen);
    }

    /** The setting with the highest score on these queries; ties go to the lower weight and threshold. */
    Ranker best(List<Query> queries) {
        Ranker best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Ranker ranker : candidates) {
            double score = score(ranker, queries);
            if (score > bestScore) {
                bestScore = score;
                best = ranker;
            }
        }
        return best;
    }

    static double score(Ranker ranker, List<Query> queries) {
        int correct = 0;
        int wrong = 0;
        for (Query query : queries) {
            var outcome = outcome(ranker, query);
            if (outcome.answered()) {
                if (outcome.rankOfFirstGold() == 1) {
                    correct++;
                } else {
                    wrong++;
                }
            }
        }
        return correct - WRONG_COST * wrong;
    }

    static RetrievalMetrics.Outcome outcome(Ranker ranker, Query query) {
        return new RetrievalMetrics.Outcome(ranker.rank(query.matches(), RESULTS), query.gold());
    }

    private static double[] steps(double from, double to, double step) {
        int count = (int) Math.round((to - from) / step) + 1;
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Math.round((from + i * step) * 1000) / 1000.0;
        }
        return values;
    }
}
