package city.civic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.knowledge.lucene.PhrasingMatch;
import city.civic.knowledge.lucene.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankerSelectionTests {

    @Test
    void eachFoldIsAnsweredWithASettingChosenOnTheOthers() {
        // Right answers rank first with a high cosine; wrong ones with a middling one; out-of-scope low.
        var queries = new ArrayList<RankerSelection.Query>();
        for (int i = 0; i < 20; i++) {
            queries.add(query(Set.of("right"), match("right", 0.9), match("other", 0.3)));
            queries.add(query(Set.of("right"), match("wrong", 0.55), match("right", 0.5)));
            queries.add(query(Set.of(), match("any", 0.35)));
        }

        var result = new RankerSelection(Ranking.VECTOR).crossValidate(queries, 4, 1);

        // Out of scope stays unanswered (threshold above 0.35); the wrong firsts are kept out by the
        // threshold or by their small lead.
        assertThat(result.chosen()).hasSize(4).allSatisfy(ranker -> {
            assertThat(ranker.threshold()).isGreaterThan(0.35).isLessThanOrEqualTo(0.9);
            assertThat(ranker.threshold() > 0.55 || ranker.margin() > 0.05).isTrue();
            assertThat(ranker.ranking()).isEqualTo(Ranking.VECTOR);
        });
        var metrics = RetrievalMetrics.of(result.outcomes());
        assertThat(metrics.n()).isEqualTo(60);
        assertThat(metrics.answeredCorrectly()).isEqualTo(20 / 60.0);
        assertThat(metrics.answeredWrongly()).isZero();
        for (int i = 0; i < queries.size(); i++) {
            assertThat(result.outcomes().get(i).gold()).isEqualTo(queries.get(i).gold());
        }
    }

    @Test
    void aMarginIsChosenWhenOnlyCloseCallsAreWrong() {
        var queries = new ArrayList<RankerSelection.Query>();
        for (int i = 0; i < 10; i++) {
            queries.add(query(Set.of("a"), match("a", 0.8), match("b", 0.5)));
            queries.add(query(Set.of("a"), match("b", 0.8), match("a", 0.78)));
        }

        var best = new RankerSelection(Ranking.VECTOR).best(queries);

        assertThat(best.margin()).isGreaterThan(0.02).isLessThanOrEqualTo(0.3);
        assertThat(best.threshold()).isLessThanOrEqualTo(0.8);
    }

    private static RankerSelection.Query query(Set<String> gold, PhrasingMatch... matches) {
        return new RankerSelection.Query(List.of(matches), gold);
    }

    private static PhrasingMatch match(String id, double cosine) {
        return new PhrasingMatch(id, "en", id, id, "d", cosine, 0, 0);
    }
}
