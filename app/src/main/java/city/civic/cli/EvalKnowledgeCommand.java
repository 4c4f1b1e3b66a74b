package city.civic.cli;

import city.civic.citypack.CityPackFiles;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import city.civic.knowledge.lucene.PhrasingMatch;
import city.civic.knowledge.lucene.Ranker;
import city.civic.knowledge.lucene.Ranking;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval-knowledge}: how the knowledge base behaves at each confidence threshold on the city pack.
 * Each FAQ's last paraphrase is held out and asked as a question (it should be answered, correctly);
 * the pack's out-of-scope examples are asked too (they should not be answered). Prints the figures at fixed
 * thresholds, then with the dense weight and threshold chosen by cross-validation over those questions.
 */
public final class EvalKnowledgeCommand {

    private static final double[] THRESHOLDS = {0.0, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75};
    private static final String[] LANGS = {"en", "ko"};
    private static final int FOLDS = 5;

    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();

    public EvalKnowledgeCommand(PrintStream out) {
        this.out = out;
    }

    record Probe(String lang, String question, String expectedId) {
    }

    public int run(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        double denseEn = Double.parseDouble(arguments.get("dense-en", "0.6"));
        double denseKo = Double.parseDouble(arguments.get("dense-ko", "0.25"));
        var pack = new CityPackFiles(new DefaultResourceLoader(), json, "classpath:citypack/sample/");
        var answers = new ArrayList<Answer>();
        var probes = new ArrayList<Probe>();
        for (CityPackFiles.Faq faq : pack.faqs()) {
            hold(faq, "en", faq.en(), answers, probes);
            hold(faq, "ko", faq.ko(), answers, probes);
        }
        for (String lang : new String[] {"en", "ko"}) {
            pack.intentExamples(lang).stream().filter(e -> e.intent().equals("oos"))
                    .forEach(e -> probes.add(new Probe(lang, e.text(), null)));
        }
        String encoder = arguments.get("encoder", Encoders.DEFAULT);
        Map<String, Double> denseWeights = Map.of("en", denseEn, "ko", denseKo);
        List<List<PhrasingMatch>> matches = new ArrayList<>();
        var threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (var index = new LuceneKnowledgeIndex(new ByteBuffersDirectory(), Encoders.named(encoder, threads, 10_000),
                0, denseWeights)) {
            index.rebuild(answers, "eval");
            for (Probe probe : probes) {
                matches.add(index.matches(probe.question(), probe.lang()));
            }
        } finally {
            threads.shutdownNow();
        }
        out.println("encoder " + encoder);
        Map<String, Object> last = new LinkedHashMap<>();
        out.println("threshold  lang  answeredCorrectly  answeredWrongly  unanswered  oosAnswered");
        for (double threshold : THRESHOLDS) {
            for (String lang : LANGS) {
                var ranker = new Ranker(Ranking.HYBRID, denseWeights.get(lang), threshold);
                var counts = count(probes, lang, i -> RankerSelection.outcome(ranker, query(probes, matches, i)));
                print(String.format(Locale.ROOT, "%9.2f", threshold), lang, counts);
                last.put(lang + "@" + threshold, counts.asJson());
            }
        }
        if (arguments.has("verbose")) {
            verbose(probes, matches, denseWeights);
        }
        out.println("Cross-validated (" + FOLDS + " folds over the held-out and out-of-scope questions of each language):");
        for (String lang : LANGS) {
            var queries = new ArrayList<RankerSelection.Query>();
            var indices = new ArrayList<Integer>();
            for (int i = 0; i < probes.size(); i++) {
                if (probes.get(i).lang().equals(lang)) {
                    queries.add(query(probes, matches, i));
                    indices.add(i);
                }
            }
            var result = new RankerSelection(Ranking.HYBRID).crossValidate(queries, FOLDS, 7);
            result.chosen().forEach(r -> out.printf(Locale.ROOT, "  %s fold chose dense-weight=%.2f threshold=%.2f%n",
                    lang, r.denseWeight(), r.threshold()));
            var outcomes = new HashMap<Integer, RetrievalMetrics.Outcome>();
            for (int k = 0; k < indices.size(); k++) {
                outcomes.put(indices.get(k), result.outcomes().get(k));
            }
            var counts = count(probes, lang, outcomes::get);
            print("       cv", lang, counts);
            last.put(lang + "@cv", counts.asJson());
        }
        out.println(json.writeValueAsString(last));
        return 0;
    }

    /** What happened to one language's probes. */
    record Counts(int inScope, int correct, int wrong, int oos, int oosAnswered) {
        Map<String, Object> asJson() {
            return Map.of("correct", correct, "wrong", wrong, "inScope", inScope, "oosAnswered", oosAnswered,
                    "oos", oos);
        }
    }

    private static Counts count(List<Probe> probes, String lang, IntFunction<RetrievalMetrics.Outcome> outcomeOf) {
        int inScope = 0, correct = 0, wrong = 0, oos = 0, oosAnswered = 0;
        for (int i = 0; i < probes.size(); i++) {
            if (!probes.get(i).lang().equals(lang)) {
                continue;
            }
            var outcome = outcomeOf.apply(i);
            if (probes.get(i).expectedId() == null) {
                oos++;
                oosAnswered += outcome.answered() ? 1 : 0;
            } else {
                inScope++;
                if (outcome.answered() && outcome.rankOfFirstGold() == 1) {
                    correct++;
                } else if (outcome.answered()) {
                    wrong++;
                }
            }
        }
        return new Counts(inScope, correct, wrong, oos, oosAnswered);
    }

    private void print(String threshold, String lang, Counts c) {
        out.printf(Locale.ROOT, "%s  %4s  %17.3f  %15.3f  %10.3f  %11.3f%n", threshold, lang,
                (double) c.correct() / c.inScope(), (double) c.wrong() / c.inScope(),
                (double) (c.inScope() - c.correct() - c.wrong()) / c.inScope(), (double) c.oosAnswered() / c.oos());
    }

    private static RankerSelection.Query query(List<Probe> probes, List<List<PhrasingMatch>> matches, int i) {
        String expected = probes.get(i).expectedId();
        return new RankerSelection.Query(matches.get(i), expected == null ? Set.of() : Set.of(expected));
    }

    private void verbose(List<Probe> probes, List<List<PhrasingMatch>> matches, Map<String, Double> denseWeights) {
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            var hits = new Ranker(Ranking.HYBRID, denseWeights.get(probe.lang()), 0).rank(matches.get(i), 1);
            if (probe.expectedId() != null && !hits.isEmpty() && !hits.get(0).answerId().equals(probe.expectedId())) {
                out.printf(Locale.ROOT, "miss %s: %s -> %s (%.2f), expected %s%n", probe.lang(), probe.question(),
                        hits.get(0).answerId(), hits.get(0).confidence(), probe.expectedId());
            }
        }
    }

    private static void hold(CityPackFiles.Faq faq, String lang, CityPackFiles.FaqText text, List<Answer> answers,
            List<Probe> probes) {
        List<String> alternatives = text.alternatives();
        String heldOut = alternatives.get(alternatives.size() - 1);
        answers.add(new Answer(faq.id(), lang, faq.topic(), faq.department(), text.question(),
                alternatives.subList(0, alternatives.size() - 1), text.answer(), AnswerStatus.PUBLISHED));
        probes.add(new Probe(lang, heldOut, faq.id()));
    }
}
