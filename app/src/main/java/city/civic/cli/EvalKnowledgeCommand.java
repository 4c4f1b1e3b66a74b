package city.civic.cli;

import city.civic.citypack.CityPackFiles;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.KnowledgeHit;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import java.io.PrintStream;
import java.util.ArrayList;
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
 * the pack's out-of-scope examples are asked too (they should not be answered).
 */
public final class EvalKnowledgeCommand {

    private static final double[] THRESHOLDS = {0.0, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75};

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
        var threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (var index = new LuceneKnowledgeIndex(new ByteBuffersDirectory(), new MiniLmTextEmbedder(threads, 10_000),
                0, Map.of("en", denseEn, "ko", denseKo))) {
            index.rebuild(answers, "eval");
            List<KnowledgeHit> best = new ArrayList<>();
            for (Probe probe : probes) {
                List<KnowledgeHit> hits = index.search(probe.question(), probe.lang(), 1);
                best.add(hits.isEmpty() ? null : hits.get(0));
                if (arguments.has("verbose") && probe.expectedId() != null && !hits.isEmpty()
                        && !hits.get(0).answerId().equals(probe.expectedId())) {
                    out.printf("miss %s: %s -> %s (%.2f), expected %s%n", probe.lang(), probe.question(),
                            hits.get(0).answerId(), hits.get(0).confidence(), probe.expectedId());
                }
            }
            out.println("threshold  lang  answeredCorrectly  answeredWrongly  unanswered  oosAnswered");
            Map<String, Object> last = new LinkedHashMap<>();
            for (double threshold : THRESHOLDS) {
                for (String lang : new String[] {"en", "ko"}) {
                    int inScope = 0, correct = 0, wrong = 0, oos = 0, oosAnswered = 0;
                    for (int i = 0; i < probes.size(); i++) {
                        Probe probe = probes.get(i);
                        if (!probe.lang().equals(lang)) {
                            continue;
                        }
                        KnowledgeHit hit = best.get(i);
                        boolean answered = hit != null && hit.confidence() >= threshold;
                        if (probe.expectedId() == null) {
                            oos++;
                            oosAnswered += answered ? 1 : 0;
                        } else {
                            inScope++;
                            if (answered && hit.answerId().equals(probe.expectedId())) {
                                correct++;
                            } else if (answered) {
                                wrong++;
                            }
                        }
                    }
                    out.printf("%9.2f  %4s  %17.3f  %15.3f  %10.3f  %11.3f%n", threshold, lang,
                            (double) correct / inScope, (double) wrong / inScope,
                            (double) (inScope - correct - wrong) / inScope, (double) oosAnswered / oos);
                    last.put(lang + "@" + threshold, Map.of("correct", correct, "wrong", wrong, "inScope", inScope,
                            "oosAnswered", oosAnswered, "oos", oos));
                }
            }
            out.println(json.writeValueAsString(last));
        } finally {
            threads.shutdownNow();
        }
        return 0;
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
