package city.civic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The jar's first argument: a command, an option for the server, or a mistake that must not start the server. */
class CommandsTests {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aMisspelledCommandListsTheCommandsAndExitsNonZeroInsteadOfStartingTheServer() throws Exception {
        OptionalInt exit = run("eval-retrival", "--faq=faq.jsonl");

        assertThat(exit).hasValue(Commands.UNKNOWN_COMMAND);
        assertThat(text(err)).startsWith("Unknown command: eval-retrival")
                .contains("eval-intents", "eval-knowledge", "eval-retrieval", "benchmark-calls", "help");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void noArgumentsOrOnlyOptionsStartTheServer() throws Exception {
        assertThat(run()).isEmpty();
        assertThat(run("--spring.profiles.active=prod", "--server.port=9000")).isEmpty();
        assertThat(run("-Dsomething")).isEmpty();
        assertThat(text(err)).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndSucceeds() throws Exception {
        assertThat(run("help")).hasValue(0);
        assertThat(text(out)).contains("starts the server").contains("eval-retrieval --faq=FILE --queries=FILE");
    }

    @Test
    void aKnownCommandIsRunWithTheArguments() {
        assertThatThrownBy(() -> run("eval-retrieval", "--queries=q.jsonl"))
                .as("the command itself refuses what it misses")
                .isInstanceOf(IllegalArgumentException.class).hasMessage("missing --faq=...");
        assertThat(text(err)).isEmpty();
    }

    private OptionalInt run(String... args) throws Exception {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
