package city.civic.knowledge.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.civic.knowledge.KnowledgeHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankerTests {

    // Answer a: one phrasing strong in words, one weak; answer b: strong in meaning, with the highest BM25 of all.
    private final List<PhrasingMatch> matches = List.of(
            match("a", 0.30, 0.90, 12.0),
            match("a", 0.20, 0.10, 1.0),
            match("b", 0.80, 0.20, 15.0));

    @Test
    void hybridWeighsCosineAndCoverageAndKeepsEachAnswersBestPhrasing() {
        List<KnowledgeHit> hits = new Ranker(Ranking.HYBRID, 0.5, 0.55).rank(matches, 10);

        assertThat(hits).extracting(KnowledgeHit::answerId).containsExactly("a", "b");
        assertThat(hits.get(0).confidence()).isCloseTo(0.60, within(1e-9));
        assertThat(hits.get(0).confident()).isTrue();
        assertThat(hits.get(1).confidence()).isCloseTo(0.50, within(1e-9));
        assertThat(hits.get(1).confident()).isFalse();
    }

    @Test
    void vectorOrdersByCosineAndBm25ByItsScoreWithCoverageAsConfidence() {
        assertThat(new Ranker(Ranking.VECTOR, 0, 0.5).rank(matches, 10))
                .extracting(KnowledgeHit::answerId).containsExactly("b", "a");
        List<KnowledgeHit> bm25 = new Ranker(Ranking.BM25, 0, 0.5).rank(matches, 10);
        assertThat(bm25).extracting(KnowledgeHit::answerId).containsExactly("b", "a");
        assertThat(bm25.get(0).confidence()).isEqualTo(0.20);
        assertThat(bm25.get(0).confident()).isFalse();
    }

    @Test
    void aNegativeCosineCountsAsNoSimilarityAndTheLimitHolds() {
        var hits = new Ranker(Ranking.VECTOR, 0, 0.5).rank(List.of(match("c", -0.4, 0, 0), match("d", 0.1, 0, 0)), 1);

        assertThat(hits).extracting(KnowledgeHit::answerId).containsExactly("d");
        assertThat(new Ranker(Ranking.VECTOR, 0, 0.5).rank(List.of(match("c", -0.4, 0, 0)), 1).get(0).confidence())
                .isZero();
    }

    private static PhrasingMatch match(String id, double cosine, double lexical, double bm25) {
        return new PhrasingMatch(id, "en", "title " + id, "text " + id, "dept", cosine, lexical, bm25);
    }
}
