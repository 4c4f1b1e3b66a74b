package city.civic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real index and encoder on a three-answer FAQ whose queries have unmistakable answers. */
class EvalRetrievalCommandTests {

    @TempDir
    Path dir;

    @Test
    void printsTheContractFiguresAsAJsonObjectOnTheLastLine() throws Exception {
        JsonNode figures = run("--ranker=hybrid", "--threshold=0.5");

        assertThat(figures.propertyNames()).containsExactly("recallAt1", "recallAt5", "mrrAt10", "abstainRate",
                "answeredCorrectly", "answeredWrongly", "n");
        assertThat(figures.get("n").asInt()).isEqualTo(4);
        // Three queries are their FAQ's own question; the fourth is the passport question with the bins as gold.
        assertThat(figures.get("recallAt1").asDouble()).isEqualTo(0.75);
        assertThat(figures.get("recallAt5").asDouble()).isEqualTo(1.0);
        // The fourth query's gold answer is second or third: MRR (1 + 1 + 1 + 1/2 or 1/3) / 4, to four places.
        assertThat(figures.get("mrrAt10").asDouble()).isIn(0.875, 0.8333);
        assertThat(figures.get("abstainRate").asDouble()).isZero();
        assertThat(figures.get("answeredCorrectly").asDouble()).isEqualTo(0.75);
        assertThat(figures.get("answeredWrongly").asDouble()).isEqualTo(0.25);
    }

    @Test
    void aThresholdNothingReachesAbstainsEverywhereWhateverTheRanker() throws Exception {
        for (String ranker : new String[] {"bm25", "vector", "hybrid"}) {
            JsonNode figures = run("--ranker=" + ranker, "--threshold=1.01");

            assertThat(figures.get("abstainRate").asDouble()).as(ranker).isEqualTo(1.0);
            assertThat(figures.get("answeredCorrectly").asDouble()).as(ranker).isZero();
            assertThat(figures.get("recallAt1").asDouble()).as(ranker).isEqualTo(0.75);
        }
    }

    @Test
    void crossValidationReportsEveryQueryOnce() throws Exception {
        JsonNode figures = run("--cv=2");

        assertThat(figures.get("n").asInt()).isEqualTo(4);
        assertThat(figures.get("recallAt1").asDouble()).isEqualTo(0.75);
    }

    private JsonNode run(String... options) throws Exception {
        Path faq = dir.resolve("faq.jsonl");
        Path queries = dir.resolve("queries.jsonl");
        Files.writeString(faq, String.join("\n",
                faq("p", "How do I renew my passport?", "Bring your old passport and a photo to the passport office."),
                faq("b", "When are the recycling bins emptied?", "Recycling bins are emptied every Tuesday morning."),
                faq("d", "Can I walk my dog in the city park?", "Dogs are welcome in the park on a leash.")));
        Files.writeString(queries, String.join("\n",
                query("How do I renew my passport?", "p"), query("When are the recycling bins emptied?", "b"),
                query("Can I walk my dog in the city park?", "d"), query("How do I renew my passport?", "b")));
        var out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 3];
        args[0] = "eval-retrieval";
        args[1] = "--faq=" + faq;
        args[2] = "--queries=" + queries;
        System.arraycopy(options, 0, args, 3, options.length);

        int exit = new EvalRetrievalCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(args);

        assertThat(exit).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return JsonMapper.builder().build().readTree(lines[lines.length - 1]);
    }

    private static String faq(String id, String question, String answer) {
        return "{\"id\":\"" + id + "\",\"question\":\"" + question + "\",\"answer\":\"" + answer + "\"}";
    }

    private static String query(String query, String gold) {
        return "{\"query\":\"" + query + "\",\"gold_faq_ids\":[\"" + gold + "\"]}";
    }
}
