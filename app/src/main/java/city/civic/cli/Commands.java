package city.civic.cli;

import city.civic.cli.bench.BenchmarkCommand;
import city.civic.cli.bench.phone.CallBenchmarkCommand;
import java.io.PrintStream;
import java.util.OptionalInt;

/**
 * The jar's commands besides the server: {@code eval-intents}, {@code eval-knowledge},
 * {@code eval-retrieval}, {@code benchmark},
 * {@code benchmark-calls}.
 */
public final class Commands {

    private Commands() {
    }

    /** Runs the command named by the first argument; empty when the arguments start the server. */
    public static OptionalInt run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        return switch (args[0]) {
            case "eval-intents" -> OptionalInt.of(new EvalIntentsCommand(out).run(args));
            case "eval-knowledge" -> OptionalInt.of(new EvalKnowledgeCommand(out).run(args));
            case "eval-retrieval" -> OptionalInt.of(new EvalRetrievalCommand(out).run(args));
            case "benchmark" -> OptionalInt.of(new BenchmarkCommand(out).run(args));
            case "benchmark-calls" -> OptionalInt.of(new CallBenchmarkCommand(out).run(args));
            default -> OptionalInt.empty();
        };
    }
}
