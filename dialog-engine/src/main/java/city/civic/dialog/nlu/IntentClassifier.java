package city.civic.dialog.nlu;

import city.civic.dialog.nlu.TextFeatures.SparseVector;
import city.civic.knowledge.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.springframework.modulith.NamedInterface;

/**
 * Intent classification with out-of-scope detection: softmax regression over the sentence embedding
 * plus hashed word and character n-grams. A message is out of scope when the {@code oos} class wins
 * (when the training data has examples of it), when no in-scope intent reaches the threshold, or when its
 * letters are gibberish to the languages of the examples (keyboard mash, an unsupported script).
 * Measured on CLINC150 with {@code eval-intents}; see the README.
 */
@NamedInterface("intents")
public final class IntentClassifier {

    public static final String OUT_OF_SCOPE = "oos";

    private static final int HASH_BITS = 16;
    private static final int RANKING_SIZE = 3;

    /**
     * Hyper-parameters: {@code sparseWeight} scales the lexical features against the (unit-length)
     * embedding, {@code l2} is the weight decay, {@code oosWeight} how much each out-of-scope example counts
     * in the loss (they are few and varied, so each counts more).
     */
    public record Settings(double sparseWeight, double l2, double oosWeight) {
        public static final Settings DEFAULT = new Settings(0.6, 1e-6, 1);
    }

    private final TextEmbedder embedder;
    private final TextFeatures features;
    private final LetterModel letters;
    private final Settings settings;
    private final List<String> labels;
    private final SoftmaxIntentModel model;
    private final double threshold;

    private IntentClassifier(TextEmbedder embedder, TextFeatures features, LetterModel letters, Settings settings,
            List<String> labels, SoftmaxIntentModel model, double threshold) {
        this.embedder = embedder;
        this.features = features;
        this.letters = letters;
        this.settings = settings;
        this.labels = labels;
        this.model = model;
        this.threshold = threshold;
    }

    public static IntentClassifier train(List<IntentExample> examples, TextEmbedder embedder, double threshold) {
        return train(examples, embedder, threshold, Settings.DEFAULT);
    }

    public static IntentClassifier train(List<IntentExample> examples, TextEmbedder embedder, double threshold,
            Settings settings) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        var features = new TextFeatures(HASH_BITS);
        List<String> texts = examples.stream().map(IntentExample::text).toList();
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(IntentExample::intent).toList()));
        List<float[]> dense = embedder.embedAll(texts);
        SparseVector[] sparse = new SparseVector[examples.size()];
        int[] y = new int[examples.size()];
        float[] weights = new float[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            sparse[i] = features.extract(examples.get(i).text()).scaled((float) settings.sparseWeight());
            y[i] = labels.indexOf(examples.get(i).intent());
            weights[i] = examples.get(i).intent().equals(OUT_OF_SCOPE) ? (float) settings.oosWeight() : 1f;
        }
        var options = SoftmaxIntentModel.Options.forExamples(examples.size()).withL2(settings.l2());
        var model = SoftmaxIntentModel.train(dense.toArray(float[][]::new), sparse, y, weights, labels.size(),
                features.dimension(), options);
        return new IntentClassifier(embedder, features, LetterModel.of(texts), settings, labels, model, threshold);
    }

    public IntentPrediction classify(String text) {
        return classify(embedder.embed(text), text);
    }

    /** Classifies with an embedding the caller already has (shared with retrieval). */
    public IntentPrediction classify(float[] embedding, String text) {
        if (letters.gibberish(text)) {
            return IntentPrediction.unreadableText();
        }
        float[] p = model.probabilities(embedding, features.extract(text).scaled((float) settings.sparseWeight()));
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
        return new IntentClassifier(embedder, features, letters, settings, labels, model, otherThreshold);
    }

    public List<String> intents() {
        return labels;
    }
}
