package city.civic.cli;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.lucene.LuceneKnowledgeIndex;
import city.civic.knowledge.lucene.Ranker;
import city.civic.knowledge.lucene.Ranking;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.lucene.store.ByteBuffersDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval-retrieval --faq=FILE --queries=FILE [--ranker=bm25|vector|hybrid] [--dense-weight=W]
 * [--threshold=T] [--cv=K] [--encoder=bge-small|minilm]}: builds a throwaway English knowledge base from JSON Lines
 * {@code {"id","question","answer"}}, asks each query of JSON Lines {@code {"query","gold_faq_ids":[...]}}
 * through the bot's ranking and prints, as its last line, recall@1, recall@5, MRR@10, the abstain rate and
 * the shares answered correctly and wrongly. With {@code --cv=K} the dense weight and the threshold are
 * chosen by K-fold cross-validation over the queries and the figures are the out-of-fold ones.
 */
public final class EvalRetrievalCommand {

    private static final String LANG = "en";

    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();

    public EvalRetrievalCommand(PrintStream out) {
        this.out = out;
    }

    public int run(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        Ranking ranking = Ranking.valueOf(arguments.get("ranker", "hybrid").toUpperCase(Locale.ROOT));
        double denseWeight = Double.parseDouble(arguments.get("dense-weight", "0.6"));
        double threshold = Double.parseDouble(arguments.get("threshold", "0.5"));
        String encoder = arguments.get("encoder", Encoders.DEFAULT);
        List<Answer> answers = readFaq(Path.of(arguments.required("faq")));
        List<RankerSelection.Query> queries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        var threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (var index = new LuceneKnowledgeIndex(new ByteBuffersDirectory(), Encoders.named(encoder, threads, 10_000),
                threshold, Map.of(LANG, denseWeight), ranking)) {
            index.rebuild(answers, "eval");
            for (JsonNode line : readLines(Path.of(arguments.required("queries")))) {
                var gold = new LinkedHashSet<String>();
                line.get("gold_faq_ids").forEach(id -> gold.add(id.asString()));
                texts.add(line.get("query").asString());
                queries.add(new RankerSelection.Query(index.matches(texts.get(texts.size() - 1), LANG), gold));
            }
        } finally {
            threads.shutdownNow();
        }
        List<RetrievalMetrics.Outcome> outcomes;
        if (arguments.has("cv")) {
            var result = new RankerSelection(ranking).crossValidate(queries, Integer.parseInt(arguments.get("cv", "5")),
                    7);
            result.chosen().forEach(r -> out.printf(Locale.ROOT, "fold chose %s dense-weight=%.2f threshold=%.2f%n",
                    r.ranking(), r.denseWeight(), r.threshold()));
            outcomes = result.outcomes();
        } else {
            var ranker = new Ranker(ranking, denseWeight, threshold);
            outcomes = queries.stream().map(q -> RankerSelection.outcome(ranker, q)).toList();
        }
        if (arguments.has("verbose")) {
            for (int i = 0; i < outcomes.size(); i++) {
                var outcome = outcomes.get(i);
                if (outcome.rankOfFirstGold() != 1 && !outcome.ranked().isEmpty()) {
                    var top = outcome.ranked().get(0);
                    out.printf(Locale.ROOT, "miss: %s -> %s (%.2f), gold %s%n", texts.get(i), top.answerId(),
                            top.confidence(), outcome.gold());
                }
            }
        }
        out.printf(Locale.ROOT, "%d answers, %d queries, ranker %s, encoder %s%n", answers.size(), queries.size(),
                ranking, encoder);
        out.println(json.writeValueAsString(RetrievalMetrics.of(outcomes).asJson()));
        return 0;
    }

    private List<Answer> readFaq(Path file) throws IOException {
        var answers = new ArrayList<Answer>();
        for (JsonNode line : readLines(file)) {
            answers.add(new Answer(line.get("id").asString(), LANG, "faq", "eval", line.get("question").asString(),
                    List.of(), line.get("answer").asString(), AnswerStatus.PUBLISHED));
        }
        return answers;
    }

    private List<JsonNode> readLines(Path file) throws IOException {
        var lines = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }
}
