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

class EvalIntentsCommandTests {

    @TempDir
    Path dir;

    @Test
    void printsTheFiguresAsAJsonObjectOnTheLastLine() throws Exception {
        Path train = dir.resolve("train.jsonl");
        Path test = dir.resolve("test.jsonl");
        Files.writeString(train, String.join("\n",
                line("turn on the lights", "lights"), line("switch the lamp on", "lights"),
                line("lights on please", "lights"), line("what's the weather", "weather"),
                line("will it rain today", "weather"), line("is it sunny outside", "weather"),
                line("sing me a song", "oos"), line("who is your father", "oos")));
        Files.writeString(test, String.join("\n",
                line("please turn the lights on", "lights"), line("is it going to rain", "weather"),
                line("tell me about your parents", "oos")));
        var out = new ByteArrayOutputStream();

        int exit = new EvalIntentsCommand(new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(new String[] {"eval-intents", "--train=" + train, "--test=" + test});

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode figures = JsonMapper.builder().build().readTree(lines[lines.length - 1]);
        assertThat(exit).isZero();
        assertThat(figures.get("n").asInt()).isEqualTo(3);
        assertThat(figures.get("inScopeAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(figures.has("oosRecall")).isTrue();
        assertThat(figures.has("oosPrecision")).isTrue();
    }

    private static String line(String text, String intent) {
        return "{\"text\":\"" + text + "\",\"intent\":\"" + intent + "\"}";
    }
}
