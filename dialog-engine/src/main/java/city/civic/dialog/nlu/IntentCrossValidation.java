package city.civic.dialog.nlu;

import city.civic.knowledge.TextEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.modulith.NamedInterface;

/**
 * Chooses the classifier's hyper-parameters and out-of-scope threshold by stratified k-fold
 * cross-validation on the training examples alone, so that a test set is scored once, never tuned on.
 * The operating point is the threshold with the best in-scope accuracy among those catching at least the
 * required share of out-of-scope messages (the most out-of-scope recall when none does).
 */
@NamedInterface("intents")
public final class IntentCrossValidation {

    /** Thresholds tried, 0.05 to 0.60 by 0.025. */
    static final double[] THRESHOLDS = thresholds();

    /** The chosen settings and threshold, with the cross-validated figures they reach. */
    public record Choice(IntentClassifier.Settings settings, double threshold, IntentEvaluation crossValidated) {
    }

    private final TextEmbedder embedder;
    private final int folds;
    private final double requiredOosRecall;
    private final Executor executor;

    /** @param executor trains the folds in parallel */
    public IntentCrossValidation(TextEmbedder embedder, int folds, double requiredOosRecall, Executor executor) {
        if (folds < 2) {
            throw new IllegalArgumentException("at least two folds");
        }
        this.embedder = embedder;
        this.folds = folds;
        this.requiredOosRecall = requiredOosRecall;
        this.executor = executor;
    }

    public Choice choose(List<IntentExample> examples, List<IntentClassifier.Settings> candidates) {
        embedder.embedAll(examples.stream().map(IntentExample::text).toList()); // once, before the folds share it
        Choice best = null;
        for (IntentClassifier.Settings settings : candidates) {
            Choice choice = operatingPoint(settings, examples, outOfFold(examples, settings));
            if (best == null || better(choice.crossValidated(), best.crossValidated())) {
                best = choice;
            }
        }
        return best;
    }

    /** Every example's verdict without a threshold, by a model trained on the other folds. */
    List<IntentPrediction> outOfFold(List<IntentExample> examples, IntentClassifier.Settings settings) {
        int[] fold = stratifiedFolds(examples);
        var predictions = new IntentPrediction[examples.size()];
        var running = new ArrayList<CompletableFuture<Void>>();
        for (int f = 0; f < folds; f++) {
            int held = f;
            running.add(CompletableFuture.runAsync(() -> {
                var training = new ArrayList<IntentExample>();
                for (int i = 0; i < examples.size(); i++) {
                    if (fold[i] != held) {
                        training.add(examples.get(i));
                    }
                }
                IntentClassifier model = IntentClassifier.train(training, embedder, 0, settings);
                for (int i = 0; i < examples.size(); i++) {
                    if (fold[i] == held) {
                        predictions[i] = model.classify(examples.get(i).text());
                    }
                }
            }, executor));
        }
        running.forEach(CompletableFuture::join);
        return Arrays.asList(predictions);
    }

    private Choice operatingPoint(IntentClassifier.Settings settings, List<IntentExample> examples,
            List<IntentPrediction> unthresholded) {
        Choice best = null;
        for (double threshold : THRESHOLDS) {
            var evaluation = IntentEvaluation.of(examples,
                    unthresholded.stream().map(p -> p.atThreshold(threshold)).toList());
            if (best == null || better(evaluation, best.crossValidated())) {
                best = new Choice(settings, threshold, evaluation);
            }
        }
        return best;
    }

    private boolean better(IntentEvaluation a, IntentEvaluation b) {
        boolean aEnough = a.oosRecall() >= requiredOosRecall;
        boolean bEnough = b.oosRecall() >= requiredOosRecall;
        if (aEnough != bEnough) {
            return aEnough;
        }
        if (aEnough && a.inScopeAccuracy() != b.inScopeAccuracy()) {
            return a.inScopeAccuracy() > b.inScopeAccuracy();
        }
        return a.oosRecall() != b.oosRecall() ? a.oosRecall() > b.oosRecall() : a.inScopeAccuracy() > b.inScopeAccuracy();
    }

    /** Fold of each example: each intent's examples shuffled (fixed seed) and dealt round the folds. */
    int[] stratifiedFolds(List<IntentExample> examples) {
        Map<String, List<Integer>> byIntent = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byIntent.computeIfAbsent(examples.get(i).intent(), k -> new ArrayList<>()).add(i);
        }
        var random = new Random(11);
        int[] fold = new int[examples.size()];
        int next = 0;
        for (List<Integer> indices : byIntent.values()) {
            Collections.shuffle(indices, random);
            for (int i : indices) {
                fold[i] = next++ % folds;
            }
        }
        return fold;
    }

    private static double[] thresholds() {
        double[] values = new double[23];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round((0.05 + 0.025 * i) * 1000) / 1000.0;
        }
        return values;
    }
}
