package city.civic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.civic.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTests {

    @Test
    void countsRanksAndAnswersAsTheContractDefinesThem() {
        var outcomes = List.of(
                outcome(true, Set.of("a"), "a", "b"),
                outcome(true, Set.of("c"), "a", "b", "c"),
                outcome(false, Set.of("a"), "a"),
                outcome(false, Set.of("z"), "a", "b", "c", "d", "e", "f", "g"));

        var metrics = RetrievalMetrics.of(outcomes);

        assertThat(metrics.n()).isEqualTo(4);
        assertThat(metrics.recallAt1()).isEqualTo(0.5);
        assertThat(metrics.recallAt5()).isEqualTo(0.75);
        assertThat(metrics.mrrAt10()).isCloseTo((1 + 1.0 / 3 + 1) / 4, within(1e-9));
        assertThat(metrics.abstainRate()).isEqualTo(0.5);
        assertThat(metrics.answeredCorrectly()).isEqualTo(0.25);
        assertThat(metrics.answeredWrongly()).isEqualTo(0.25);
    }

    @Test
    void aGoldAnswerBelowTheTenthPlaceEarnsNoReciprocalRank() {
        var ids = new ArrayList<String>();
        for (int i = 1; i <= 11; i++) {
            ids.add("x" + i);
        }
        var metrics = RetrievalMetrics.of(List.of(outcome(true, Set.of("x11"), ids.toArray(String[]::new))));

        assertThat(metrics.mrrAt10()).isZero();
        assertThat(metrics.answeredWrongly()).isEqualTo(1.0);
    }

    private static RetrievalMetrics.Outcome outcome(boolean topConfident, Set<String> gold, String... ranked) {
        var hits = new ArrayList<KnowledgeHit>();
        for (int i = 0; i < ranked.length; i++) {
            hits.add(new KnowledgeHit(ranked[i], "en", "t", "x", "d", 0.9 - i * 0.01, i == 0 && topConfident));
        }
        return new RetrievalMetrics.Outcome(hits, gold);
    }
}
