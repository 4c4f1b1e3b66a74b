package city.civic.cli.bench;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** A failed turn, labelled with the kind it is counted under ("http 429", "timeout", "ws rate_limited"...). */
final class TurnFailure extends RuntimeException {

    final String kind;

    TurnFailure(String kind) {
        // No stack trace: these are expected outcomes under load, and they can be many.
        super(kind, null, false, false);
        this.kind = kind;
    }

    /** The error kind a failure is counted under. */
    static String kindOf(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof TurnFailure turn) {
            return turn.kind;
        }
        if (e instanceof HttpTimeoutException || e instanceof TimeoutException) {
            return "timeout";
        }
        if (e instanceof IOException) {
            return "io " + e.getClass().getSimpleName();
        }
        return "error " + e.getClass().getSimpleName();
    }
}
