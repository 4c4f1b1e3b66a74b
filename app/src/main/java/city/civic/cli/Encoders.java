package city.civic.cli;

import city.civic.knowledge.TextEmbedder;
import city.civic.knowledge.embedding.BgeSmallTextEmbedder;
import city.civic.knowledge.embedding.MiniLmTextEmbedder;
import java.util.concurrent.Executor;

/** The sentence encoders an evaluation can rank with, by their {@code --encoder} name. */
final class Encoders {

    static final String DEFAULT = "bge-small";

    private Encoders() {
    }

    static TextEmbedder named(String name, Executor threads, long cacheSize) {
        return switch (name) {
            case "bge-small" -> new BgeSmallTextEmbedder(threads, cacheSize);
            case "minilm" -> new MiniLmTextEmbedder(threads, cacheSize);
            default -> throw new IllegalArgumentException("unknown --encoder=" + name + " (bge-small or minilm)");
        };
    }
}
