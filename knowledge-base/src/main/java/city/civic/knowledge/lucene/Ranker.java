package city.civic.knowledge.lucene;

import city.civic.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns phrasing matches into answers: each answer is ranked by its best phrasing, and is confident when
 * that phrasing's confidence reaches the threshold.
 *
 * @param denseWeight share of the cosine in a {@link Ranking#HYBRID} confidence
 */
public record Ranker(Ranking ranking, double denseWeight, double threshold) {

    public List<KnowledgeHit> rank(List<PhrasingMatch> matches, int limit) {
        Map<String, PhrasingMatch> best = new HashMap<>();
        for (PhrasingMatch match : matches) {
            best.merge(match.answerId(), match, (a, b) -> orderKey(a) >= orderKey(b) ? a : b);
        }
        var ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(this::orderKey).reversed()
                .thenComparing(Comparator.comparingDouble(this::confidence).reversed())
                .thenComparing(PhrasingMatch::answerId));
        return ranked.stream().limit(limit).map(this::hit).toList();
    }

    double confidence(PhrasingMatch match) {
        return switch (ranking) {
            case BM25 -> match.lexical();
            case VECTOR -> Math.max(0, match.cosine());
            case HYBRID -> denseWeight * Math.max(0, match.cosine()) + (1 - denseWeight) * match.lexical();
        };
    }

    private double orderKey(PhrasingMatch match) {
        return ranking == Ranking.BM25 ? match.bm25() : confidence(match);
    }

    private KnowledgeHit hit(PhrasingMatch match) {
        double confidence = confidence(match);
        return new KnowledgeHit(match.answerId(), match.lang(), match.title(), match.text(), match.department(),
                confidence, confidence >= threshold);
    }
}
