package city.civic.cli;

import city.civic.citypack.CityPackFiles;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.IntentCrossValidation;
import city.civic.dialog.nlu.IntentCrossValidation.Choice;
import city.civic.dialog.nlu.IntentEvaluation;
import city.civic.dialog.nlu.IntentExample;
import city.civic.dialog.nlu.IntentPrediction;
import city.civic.knowledge.TextEmbedder;
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
 * Without {@code --threshold}, the hyper-parameters and the threshold are chosen by k-fold cross-validation
 * on the training file alone ({@code --folds=5}, {@code --oos-recall=0.8}: the out-of-scope recall the
 * threshold must reach there), and the test file is scored once. {@code --encoder=minilm} (the app's) or
 * {@code bge-small}.
 * {@code eval-intents --pack [--holdout=0.2]} holds out a stratified share of the default city pack's
 * own examples instead, and also reports each language.
 */
public final class EvalIntentsCommand {

    /** The encoder the app's classifier runs on (the knowledge base's shared embedder). */
    static final String APP_ENCODER = "minilm";
    /** Hyper-parameters cross-validation chooses from. */
    static final List<IntentClassifier.Settings> CANDIDATES = List.of(
            IntentClassifier.Settings.DEFAULT,
            new IntentClassifier.Settings(1.0, 1e-6, 5));
    private static final double[] SWEEP = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};

    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();

    public EvalIntentsCommand(PrintStream out) {
        this.out = out;
    }

    public int run(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args);
        List<IntentExample> train;
        Map<String, List<IntentExample>> testByLanguage = new LinkedHashMap<>();
        if (arguments.has("pack")) {
            train = new ArrayList<>();
            packSplit(Double.parseDouble(arguments.get("holdout", "0.2")), train, testByLanguage);
        } else {
            train = read(Path.of(arguments.required("train")));
            testByLanguage.put("all", read(Path.of(arguments.required("test"))));
        }
        List<IntentExample> test = testByLanguage.values().stream().flatMap(List::stream).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService threads = Executors.newFixedThreadPool(cores);
        ExecutorService folds = Executors.newFixedThreadPool(cores);
        try {
            String encoder = arguments.get("encoder", APP_ENCODER);
            TextEmbedder embedder = Encoders.named(encoder, threads, train.size() + test.size() + 16);
            long started = System.nanoTime();
            Choice choice = arguments.has("threshold")
                    ? new Choice(IntentClassifier.Settings.DEFAULT, Double.parseDouble(arguments.required("threshold")), null)
                    : crossValidate(arguments, train, embedder, folds);
            long chosen = System.nanoTime();
            IntentClassifier classifier = IntentClassifier.train(train, embedder, 0, choice.settings());
            long trained = System.nanoTime();
            List<float[]> embeddings = embedder.embedAll(test.stream().map(IntentExample::text).toList());
            List<IntentPrediction> unthresholded = new ArrayList<>(test.size());
            for (int i = 0; i < test.size(); i++) {
                unthresholded.add(classifier.classify(embeddings.get(i), test.get(i).text()));
            }
            long tested = System.nanoTime();
            out.printf("cross-validation %.1f s; trained on %d examples (%d intents) in %.1f s; classified %d in %.1f s%n",
                    (chosen - started) / 1e9, train.size(), classifier.intents().size(), (trained - chosen) / 1e9,
                    test.size(), (tested - trained) / 1e9);
            printSweep(test, unthresholded);
            List<IntentPrediction> predictions = unthresholded.stream().map(p -> p.atThreshold(choice.threshold())).toList();
            printConfusions(test, predictions);
            Map<String, Object> figures = figures(IntentEvaluation.of(test, predictions));
            figures.put("threshold", choice.threshold());
            figures.put("encoder", encoder);
            figures.put("settings", choice.settings());
            if (testByLanguage.size() > 1) {
                int from = 0;
                for (var language : testByLanguage.entrySet()) {
                    int to = from + language.getValue().size();
                    figures.put(language.getKey(), figures(IntentEvaluation.of(language.getValue(), predictions.subList(from, to))));
                    from = to;
                }
            }
            out.println(json.writeValueAsString(figures));
            return 0;
        } finally {
            threads.shutdownNow();
            folds.shutdownNow();
        }
    }

    private Choice crossValidate(Arguments arguments, List<IntentExample> train, TextEmbedder embedder,
            ExecutorService folds) {
        int k = Integer.parseInt(arguments.get("folds", "5"));
        double oosRecall = Double.parseDouble(arguments.get("oos-recall", "0.8"));
        Choice choice = new IntentCrossValidation(embedder, k, oosRecall, folds).choose(train, CANDIDATES);
        IntentEvaluation cv = choice.crossValidated();
        out.printf("%d-fold cross-validation on the training file chose %s, threshold %.3f "
                + "(cross-validated: in-scope %.4f, oos recall %.4f)%n", k, choice.settings(), choice.threshold(),
                cv.inScopeAccuracy(), cv.oosRecall());
        return choice;
    }

    private static Map<String, Object> figures(IntentEvaluation result) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("inScopeAccuracy", round(result.inScopeAccuracy()));
        figures.put("oosRecall", round(result.oosRecall()));
        figures.put("oosPrecision", round(result.oosPrecision()));
        figures.put("falseFallbackRate", round(result.falseFallbackRate()));
        figures.put("n", result.n());
        figures.put("inScope", result.inScope());
        figures.put("outOfScope", result.outOfScope());
        return figures;
    }

    /** Figures at other thresholds, to show the trade-off; the model is trained once. */
    private void printSweep(List<IntentExample> test, List<IntentPrediction> unthresholded) {
        out.println("threshold  inScopeAcc  oosRecall  oosPrecision  falseFallback");
        for (double t : SWEEP) {
            IntentEvaluation e = IntentEvaluation.of(test, unthresholded.stream().map(p -> p.atThreshold(t)).toList());
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
    private void packSplit(double holdout, List<IntentExample> train, Map<String, List<IntentExample>> testByLanguage) {
        var random = new Random(7);
        for (String lang : new String[] {"en", "ko"}) {
            String file = "citypack/sample/intents-" + lang + ".jsonl";
            InputStream in = EvalIntentsCommand.class.getClassLoader().getResourceAsStream(file);
            Map<String, List<IntentExample>> byIntent = new LinkedHashMap<>();
            CityPackFiles.jsonLines(json, in).forEach(e -> byIntent.computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e));
            var test = testByLanguage.computeIfAbsent(lang, k -> new ArrayList<>());
            for (List<IntentExample> examples : byIntent.values()) {
                Collections.shuffle(examples, random);
                int held = (int) Math.round(examples.size() * holdout);
                test.addAll(examples.subList(0, held));
                train.addAll(examples.subList(held, examples.size()));
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
