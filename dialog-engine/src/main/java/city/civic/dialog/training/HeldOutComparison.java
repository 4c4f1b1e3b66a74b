package city.civic.dialog.training;

import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.Scores;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.IntentEvaluation;
import city.civic.dialog.nlu.IntentExample;
import city.civic.dialog.nlu.IntentPrediction;
import city.civic.knowledge.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The live model and a candidate compared fairly: a held-out part is drawn from the examples of both (a
 * stratified share of each intent and language, chosen by a seeded hash so that one edit moves few
 * examples), each model is trained on its own examples without it, and both are scored on it. Neither has
 * seen a held-out example; one an official removed still counts, so removing good examples shows as worse.
 */
final class HeldOutComparison {

    static final double HELD_OUT_SHARE = 0.2;
    static final int SEED = 7;

    private final TextEmbedder embedder;
    private final double threshold;

    HeldOutComparison(TextEmbedder embedder, double threshold) {
        this.embedder = embedder;
        this.threshold = threshold;
    }

    /** The held-out part of the union of both models' examples. */
    static List<Example> heldOut(List<Example> live, List<Example> candidate) {
        Map<String, Example> union = new LinkedHashMap<>();
        for (Example example : live) {
            union.putIfAbsent(identity(example), example);
        }
        for (Example example : candidate) {
            union.putIfAbsent(identity(example), example);
        }
        Map<String, List<Example>> strata = union.values().stream().collect(Collectors.groupingBy(
                e -> e.lang() + "|" + e.intent(), TreeMap::new, Collectors.toList()));
        var held = new ArrayList<Example>();
        for (List<Example> stratum : strata.values()) {
            List<Example> ordered = stratum.stream().sorted(Comparator.comparingLong(HeldOutComparison::draw)
                    .thenComparing(HeldOutComparison::identity)).toList();
            held.addAll(ordered.subList(0, (int) Math.round(stratum.size() * HELD_OUT_SHARE)));
        }
        return held;
    }

    /** Trains on the examples that are not held out. */
    IntentClassifier trainWithout(List<Example> examples, List<Example> heldOut) {
        Set<String> held = heldOut.stream().map(HeldOutComparison::identity).collect(Collectors.toSet());
        return train(examples.stream().filter(e -> !held.contains(identity(e))).toList());
    }

    IntentClassifier train(List<Example> examples) {
        return IntentClassifier.train(examples.stream().map(e -> new IntentExample(e.text(), e.intent())).toList(),
                embedder, threshold);
    }

    Scores score(IntentClassifier model, List<Example> heldOut) {
        List<float[]> embeddings = embedder.embedAll(heldOut.stream().map(Example::text).toList());
        var truth = new ArrayList<IntentExample>(heldOut.size());
        var predictions = new ArrayList<IntentPrediction>(heldOut.size());
        int right = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            Example example = heldOut.get(i);
            IntentPrediction predicted = model.classify(embeddings.get(i), example.text());
            truth.add(new IntentExample(example.text(), example.intent()));
            predictions.add(predicted);
            if (predicted.intent().equals(example.intent())) {
                right++;
            }
        }
        IntentEvaluation figures = IntentEvaluation.of(truth, predictions);
        return new Scores(heldOut.isEmpty() ? 0 : (double) right / heldOut.size(), figures.inScopeAccuracy(),
                figures.oosRecall(), heldOut.size());
    }

    /** The same utterance with the same intent in the same language is one example. */
    static String identity(Example example) {
        return example.lang() + "|" + example.intent() + "|" + ExampleText.key(example.text());
    }

    /** A seeded, well-mixed number per example: its place in the draw, stable across runs and edits. */
    private static long draw(Example example) {
        long h = identity(example).hashCode() * 0x9E3779B97F4A7C15L + SEED;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }
}
