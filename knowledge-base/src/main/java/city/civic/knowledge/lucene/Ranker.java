package city.civic.knowledge.lucene;

import city.civic.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns phrasing matches into answers: each answer is ranked by its best phrasing and is confident when
 * its confidence reaches the threshold, provided the first leads the runner-up by the margin (two answers
 * about as likely mean the question is ambiguous, and a guess would be wrong half the time).
 *
 * @param denseWeight share of the cosine in a {@link Ranking#HYBRID} confidence
 */
public record Ranker(Ranking ranking, double denseWeight, double threshold, double margin) {

    public Ranker(Ranking ranking, double denseWeight, double threshold) {
        this(ranking, denseWeight, threshold, 0);
    }

    public List<KnowledgeHit> rank(List<PhrasingMatch> matches, int limit) {
        Map<String, PhrasingMatch> best = new HashMap<>();
        for (PhrasingMatch match : matches) {
            best.merge(match.answerId(), match, (a, b) -> orderKey(a) >= orderKey(b) ? a : b);
        }
        var ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(this::orderKey).reversed()
                .thenComparing(Comparator.comparingDouble(this::confidence).reversed())
                .thenComparing(PhrasingMatch::answerId));
        boolean clearLead = margin <= 0 || ranked.size() < 2
                || confidence(ranked.get(0)) - confidence(ranked.get(1)) >= margin;
        var hits = new ArrayList<KnowledgeHit>(Math.min(limit, ranked.size()));
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            double confidence = confidence(ranked.get(i));
            hits.add(hit(ranked.get(i), confidence, clearLead && confidence >= threshold));
        }
        return hits;
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

    private static KnowledgeHit hit(PhrasingMatch match, double confidence, boolean confident) {
        return new KnowledgeHit(match.answerId(), match.lang(), match.title(), match.text(), match.department(),
                confidence, confident);
    }
}
