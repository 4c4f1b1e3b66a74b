package city.civic.dialog.training;

import city.civic.dialog.IntentTraining;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link IntentTraining} over the curated examples and the background retraining. */
final class CuratedIntentTraining implements IntentTraining, AutoCloseable {

    private final JdbcIntentExamples store;
    private final ExampleCuration curation;
    private final RetrainingRuns runs;
    private final Instant started;
    private final Runnable stop;

    CuratedIntentTraining(JdbcIntentExamples store, ExampleCuration curation, RetrainingRuns runs, Instant started,
            Runnable stop) {
        this.store = store;
        this.curation = curation;
        this.runs = runs;
        this.started = started;
        this.stop = stop;
    }

    /** Stops the training thread (a training under way is abandoned; the live model is unchanged). */
    @Override
    public void close() {
        stop.run();
    }

    @Override
    public List<String> intents() {
        return store.intents();
    }

    @Override
    public List<Summary> summaries() {
        return store.summaries();
    }

    @Override
    public List<Example> examples(String intent, String lang) {
        return curation.examples(intent, lang);
    }

    @Override
    public Example add(String intent, String lang, String text, String by) {
        return curation.add(intent, lang, text, by);
    }

    @Override
    public void remove(long exampleId, String by) {
        curation.remove(exampleId, by);
    }

    @Override
    public Run retrain(String by) {
        return runs.start(by);
    }

    @Override
    public Optional<Run> latestRun() {
        return runs.latest();
    }

    @Override
    public Run activate(long runId, boolean insist, String by) {
        return runs.activate(runId, insist, by);
    }

    /** Before any activation, the live model is the one trained at start-up on the live examples. */
    @Override
    public Live live() {
        return runs.live().orElseGet(() -> new Live(started, null, TrainingSnapshot.of(store.all()).live().size()));
    }
}
