package city.civic.dialog.nlu;

import city.civic.dialog.nlu.TextFeatures.SparseVector;
import city.civic.knowledge.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Intent classification with out-of-scope detection: softmax regression over the sentence embedding
 * plus hashed word and character n-grams. A message is out of scope when the {@code oos} class wins
 * (when the training data has examples of it) or when no in-scope intent reaches the threshold.
 * Measured on CLINC150 with {@code eval-intents}; see the README.
 */
public final class IntentClassifier {

    public static final String OUT_OF_SCOPE = "oos";

    /** Weight of the lexical features relative to the (unit-length) embedding. */
    static final float SPARSE_WEIGHT = 0.6f;
    private static final int HASH_BITS = 16;
    private static final int RANKING_SIZE = 3;

    private final TextEmbedder embedder;
    private final TextFeatures features;
    private final List<String> labels;
    private final SoftmaxIntentModel model;
    private final double threshold;

    private IntentClassifier(TextEmbedder embedder, TextFeatures features, List<String> labels,
            SoftmaxIntentModel model, double threshold) {
        this.embedder = embedder;
        this.features = features;
        this.labels = labels;
        this.model = model;
        this.threshold = threshold;
    }

    public static IntentClassifier train(List<IntentExample> examples, TextEmbedder embedder, double threshold) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        var features = new TextFeatures(HASH_BITS);
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(IntentExample::intent).toList()));
        List<float[]> dense = embedder.embedAll(examples.stream().map(IntentExample::text).toList());
        SparseVector[] sparse = new SparseVector[examples.size()];
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            sparse[i] = weighted(features.extract(examples.get(i).text()));
            y[i] = labels.indexOf(examples.get(i).intent());
        }
        var model = SoftmaxIntentModel.train(dense.toArray(float[][]::new), sparse, y, labels.size(),
                features.dimension(), SoftmaxIntentModel.Options.forExamples(examples.size()));
        return new IntentClassifier(embedder, features, labels, model, threshold);
    }

    public IntentPrediction classify(String text) {
        return classify(embedder.embed(text), text);
    }

    /** Classifies with an embedding the caller already has (shared with retrieval). */
    public IntentPrediction classify(float[] embedding, String text) {
        float[] p = model.probabilities(embedding, weighted(features.extract(text)));
        var ranking = new ArrayList<IntentPrediction.Candidate>();
        for (int c = 0; c < p.length; c++) {
            if (!labels.get(c).equals(OUT_OF_SCOPE)) {
                ranking.add(new IntentPrediction.Candidate(labels.get(c), p[c]));
            }
        }
        ranking.sort(Comparator.comparingDouble(IntentPrediction.Candidate::probability).reversed());
        List<IntentPrediction.Candidate> top = List.copyOf(ranking.subList(0, Math.min(RANKING_SIZE, ranking.size())));
        int oos = labels.indexOf(OUT_OF_SCOPE);
        double best = top.isEmpty() ? 0 : top.get(0).probability();
        boolean outOfScope = top.isEmpty() || best < threshold || (oos >= 0 && p[oos] > best);
        return outOfScope
                ? new IntentPrediction(OUT_OF_SCOPE, oos >= 0 ? Math.max(p[oos], 1 - best) : 1 - best, top)
                : new IntentPrediction(top.get(0).intent(), best, top);
    }

    /** The same trained model with another out-of-scope threshold. */
    public IntentClassifier withThreshold(double otherThreshold) {
        return new IntentClassifier(embedder, features, labels, model, otherThreshold);
    }

    public List<String> intents() {
        return labels;
    }

    private static SparseVector weighted(SparseVector v) {
        float[] values = v.values();
        for (int i = 0; i < values.length; i++) {
            values[i] *= SPARSE_WEIGHT;
        }
        return v;
    }
}
