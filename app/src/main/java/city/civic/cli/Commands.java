package city.civic.cli;

import city.civic.cli.bench.BenchmarkCommand;
import city.civic.cli.bench.phone.CallBenchmarkCommand;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The jar's commands besides the server: {@code eval-intents}, {@code eval-knowledge},
 * {@code eval-retrieval}, {@code benchmark}, {@code benchmark-calls}. No arguments, or only options
 * ({@code --spring.profiles.active=prod}), start the server; any other first word must name a command.
 */
public final class Commands {

    /** Exit code of a first argument that is neither an option nor a command (a usage error, as in sysexits' 64). */
    public static final int UNKNOWN_COMMAND = 64;

    private interface Command {
        int run(String[] args, PrintStream out) throws Exception;
    }

    private record Entry(String usage, Command command) {
    }

    private static final Map<String, Entry> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("eval-intents", new Entry("eval-intents --train=FILE --test=FILE [--threshold=T] | --pack",
                (args, out) -> new EvalIntentsCommand(out).run(args)));
        COMMANDS.put("eval-knowledge", new Entry("eval-knowledge [--encoder=bge-small|minilm]",
                (args, out) -> new EvalKnowledgeCommand(out).run(args)));
        COMMANDS.put("eval-retrieval", new Entry(
                "eval-retrieval --faq=FILE --queries=FILE [--ranker=bm25|vector|hybrid] [--cv=K]",
                (args, out) -> new EvalRetrievalCommand(out).run(args)));
        COMMANDS.put("benchmark", new Entry("benchmark [--url=URL] [--conversations=N] [--transport=rest|ws|both] ...",
                (args, out) -> new BenchmarkCommand(out).run(args)));
        COMMANDS.put("benchmark-calls", new Entry("benchmark-calls [--url=URL] [--calls=1,2,4,6] [--turns=N] ...",
                (args, out) -> new CallBenchmarkCommand(out).run(args)));
    }

    private Commands() {
    }

    /** Runs the command named by the first argument; empty when the arguments start the server. */
    public static OptionalInt run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            return OptionalInt.empty();
        }
        if (args[0].equals("help")) {
            usage(out);
            return OptionalInt.of(0);
        }
        Entry entry = COMMANDS.get(args[0]);
        if (entry == null) {
            err.println("Unknown command: " + args[0]);
            usage(err);
            return OptionalInt.of(UNKNOWN_COMMAND);
        }
        return OptionalInt.of(entry.command().run(args, out));
    }

    private static void usage(PrintStream to) {
        to.println("Usage: java -jar civic-contact.jar [--property=value ...]   starts the server");
        to.println("   or: java -jar civic-contact.jar COMMAND [options]");
        to.println("Commands:");
        COMMANDS.values().forEach(entry -> to.println("  " + entry.usage()));
        to.println("  help");
    }
}
