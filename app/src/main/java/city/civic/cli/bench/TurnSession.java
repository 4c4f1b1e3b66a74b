package city.civic.cli.bench;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** One conversation on one transport; at most one turn is in flight at a time. */
interface TurnSession {

    /** The transport's name in the report: "rest" or "ws". */
    String transport();

    /** Sends a citizen message; completes when its full reply has arrived, or fails with the error's kind. */
    CompletableFuture<Void> send(String text);

    /** Closes the session's socket, if it has one of its own. */
    default CompletableFuture<Void> close() {
        return CompletableFuture.completedFuture(null);
    }

    /** A turn only counts as answered if the bot actually said something. */
    static void requireMessages(JsonNode body) {
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw new TurnFailure("empty reply");
        }
    }
}
