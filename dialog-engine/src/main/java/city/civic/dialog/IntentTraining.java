package city.civic.dialog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Officials' curation of the intent classifier: example utterances per intent and language, retraining in
 * the background, and activation, which swaps the classifier the dialog engine uses at once. An edit waits
 * for the next activation: an added example is not yet in the live model, a removed one still is. The
 * intent ids are the city pack's (a contract): officials add and remove examples, never intents.
 */
public interface IntentTraining {

    /** The longest example utterance, in characters. */
    int MAX_EXAMPLE_LENGTH = 200;

    /** The intents examples may be given for, {@code oos} (out of scope) included, sorted. */
    List<String> intents();

    /** Per intent: how many examples each language has now, and the edits waiting for activation. */
    List<Summary> summaries();

    /** An intent's examples in a language, live and waiting, oldest first; refused for an unknown intent. */
    List<Example> examples(String intent, String lang);

    /** Refused when empty, too long, already there, or an example of another intent in that language. */
    Example add(String intent, String lang, String text, String by);

    /** An added example goes at once; a live one leaves with the next activation. The last one stays. */
    void remove(long exampleId, String by);

    /** Starts training on the current examples in the background; refused while a training is running. */
    Run retrain(String by);

    /** The latest training started since the application started, if any. */
    Optional<Run> latestRun();

    /**
     * Makes a finished training's model the live one. Refused when the run is not the latest finished one, or
     * when its model scored worse than the live one on the held-out part and {@code insist} is false.
     */
    Run activate(long runId, boolean insist, String by);

    /** When the live model was trained and activated, and on how many examples. */
    Live live();

    /** An edit or a training that was refused, with a stable code; nothing was changed. */
    final class Refused extends RuntimeException {
        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        /** E.g. {@code intent.unknown}, {@code example.duplicate}, {@code training.worse}. */
        public String code() {
            return code;
        }
    }

    /** Where an example stands with respect to the live model. */
    enum State { LIVE, ADDED, REMOVED }

    record Example(long id, String intent, String lang, String text, State state, String editedBy,
            Instant editedAt) {
    }

    /** Examples in use now per language; {@code added}/{@code removed} wait for the next activation. */
    record Summary(String intent, int en, int ko, int added, int removed) {
    }

    /**
     * Scores on the held-out part: {@code accuracy} over every held-out example (out of scope counts as right
     * when rejected), and the CLINC150 figures for in-scope accuracy and out-of-scope recall.
     */
    record Scores(double accuracy, double inScopeAccuracy, double oosRecall, int n) {
    }

    enum RunState { RUNNING, READY, FAILED, ACTIVATED }

    /**
     * A retraining. While running, {@code step} of {@code steps} says how far it got; when ready, the new
     * model's scores and the live model's on the same held-out part, each model trained without it.
     */
    record Run(long id, RunState state, String startedBy, Instant startedAt, Instant finishedAt, int step,
            int steps, int examples, int heldOut, Scores candidate, Scores live, String failure,
            String activatedBy, Instant activatedAt, boolean insisted) {

        /** The new model scored below the live one: activating it needs the official to insist. */
        public boolean worse() {
            return candidate != null && live != null && candidate.accuracy() < live.accuracy();
        }
    }

    record Live(Instant activatedAt, String activatedBy, int examples) {
    }
}
