package city.civic.cli;

import city.civic.citypack.CityPackFiles;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.IntentEvaluation;
import city.civic.dialog.nlu.IntentExample;
import city.civic.dialog.nlu.IntentPrediction;
import city.civic.knowledge.TextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval-intents --train=FILE --test=FILE [--threshold=T]}: trains the intent classifier on JSON
 * Lines {@code {"text","intent"}} and prints CLINC150-style figures, the last line a JSON object.
 * {@code eval-intents --pack [--holdout=0.2]} holds out a stratified share of the default city pack's
 * own examples instead.
 */
public final class EvalIntentsCommand {

    public static final double DEFAULT_THRESHOLD = 0.25;
    private static final double[] SWEEP = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};

    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();

    public EvalIntentsCommand(PrintStream out) {
        this.out = out;
    }

    public int run(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args);
        double threshold = Double.parseDouble(arguments.get("threshold", Double.toString(DEFAULT_THRESHOLD)));
        List<IntentExample> train;
        List<IntentExample> test;
        if (arguments.has("pack")) {
            var split = packSplit(Double.parseDouble(arguments.get("holdout", "0.2")));
            train = split.get(0);
            test = split.get(1);
        } else {
            train = read(Path.of(arguments.required("train")));
            test = read(Path.of(arguments.required("test")));
        }
        ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            TextEmbedder embedder = new MiniLmTextEmbedder(threads, train.size() + test.size() + 16);
            long started = System.nanoTime();
            IntentClassifier classifier = IntentClassifier.train(train, embedder, threshold);
            long trained = System.nanoTime();
            List<float[]> embeddings = embedder.embedAll(test.stream().map(IntentExample::text).toList());
            List<IntentPrediction> predictions = new ArrayList<>(test.size());
            for (int i = 0; i < test.size(); i++) {
                predictions.add(classifier.classify(embeddings.get(i), test.get(i).text()));
            }
            long tested = System.nanoTime();
            out.printf("trained on %d examples (%d intents) in %.1f s; classified %d in %.1f s%n", train.size(),
                    classifier.intents().size(), (trained - started) / 1e9, test.size(), (tested - trained) / 1e9);
            printSweep(classifier, test, embeddings);
            printConfusions(test, predictions);
            IntentEvaluation result = IntentEvaluation.of(test, predictions);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("inScopeAccuracy", round(result.inScopeAccuracy()));
            figures.put("oosRecall", round(result.oosRecall()));
            figures.put("oosPrecision", round(result.oosPrecision()));
            figures.put("falseFallbackRate", round(result.falseFallbackRate()));
            figures.put("threshold", threshold);
            figures.put("n", result.n());
            figures.put("inScope", result.inScope());
            figures.put("outOfScope", result.outOfScope());
            out.println(json.writeValueAsString(figures));
            return 0;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Figures at other thresholds, to show the trade-off; the model is trained once. */
    private void printSweep(IntentClassifier classifier, List<IntentExample> test, List<float[]> embeddings) {
        out.println("threshold  inScopeAcc  oosRecall  oosPrecision  falseFallback");
        for (double t : SWEEP) {
            List<IntentPrediction> predictions = new ArrayList<>(test.size());
            for (int i = 0; i < test.size(); i++) {
                predictions.add(classifier.withThreshold(t).classify(embeddings.get(i), test.get(i).text()));
            }
            IntentEvaluation e = IntentEvaluation.of(test, predictions);
            out.printf("%9.2f  %10.4f  %9.4f  %12.4f  %13.4f%n", t, e.inScopeAccuracy(), e.oosRecall(),
                    e.oosPrecision(), e.falseFallbackRate());
        }
    }

    /** The most frequent mistakes (expected → predicted), where curating examples helps most. */
    private void printConfusions(List<IntentExample> test, List<IntentPrediction> predictions) {
        Map<String, Integer> confusions = new java.util.HashMap<>();
        for (int i = 0; i < test.size(); i++) {
            if (!test.get(i).intent().equals(predictions.get(i).intent())) {
                confusions.merge(test.get(i).intent() + " -> " + predictions.get(i).intent(), 1, Integer::sum);
            }
        }
        out.println("most frequent confusions:");
        confusions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(8)
                .forEach(e -> out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
    }

    private List<IntentExample> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CityPackFiles.jsonLines(json, in);
        }
    }

    /** A stratified split of the pack's examples, per intent and language, with a fixed seed. */
    private List<List<IntentExample>> packSplit(double holdout) {
        var train = new ArrayList<IntentExample>();
        var test = new ArrayList<IntentExample>();
        var random = new Random(7);
        for (String lang : new String[] {"en", "ko"}) {
            String file = "citypack/sample/intents-" + lang + ".jsonl";
            InputStream in = EvalIntentsCommand.class.getClassLoader().getResourceAsStream(file);
            Map<String, List<IntentExample>> byIntent = new LinkedHashMap<>();
            CityPackFiles.jsonLines(json, in).forEach(e -> byIntent.computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e));
            for (List<IntentExample> examples : byIntent.values()) {
                Collections.shuffle(examples, random);
                int held = (int) Math.round(examples.size() * holdout);
                test.addAll(examples.subList(0, held));
                train.addAll(examples.subList(held, examples.size()));
            }
        }
        return List.of(train, test);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
