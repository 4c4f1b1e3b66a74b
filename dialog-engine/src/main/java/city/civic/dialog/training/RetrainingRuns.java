package city.civic.dialog.training;

import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.Live;
import city.civic.dialog.IntentTraining.Refused;
import city.civic.dialog.IntentTraining.Run;
import city.civic.dialog.IntentTraining.RunState;
import city.civic.dialog.IntentTraining.Scores;
import city.civic.dialog.nlu.IntentClassifier;
import city.civic.dialog.nlu.LiveIntentClassifier;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Retraining in the background, one at a time: the candidate and the live model are each trained without a
 * held-out part and scored on it, then the candidate is trained on all its examples. Activation settles the
 * edits the training learnt and swaps the live classifier at once; a worse candidate needs insisting.
 */
final class RetrainingRuns {

    static final int STEPS = 4;
    private static final Logger log = LoggerFactory.getLogger(RetrainingRuns.class);

    private final JdbcIntentExamples store;
    private final JdbcActivations activations;
    private final TransactionOperations transactions;
    private final HeldOutComparison comparison;
    private final LiveIntentClassifier classifier;
    private final Executor background;
    private final Clock clock;

    private RunProgress latest;
    private TrainingSnapshot snapshot;
    private IntentClassifier candidate;
    private long seenActivation;

    RetrainingRuns(JdbcIntentExamples store, JdbcActivations activations, TransactionOperations transactions,
            HeldOutComparison comparison, LiveIntentClassifier classifier, Executor background, Clock clock) {
        this.store = store;
        this.activations = activations;
        this.transactions = transactions;
        this.comparison = comparison;
        this.classifier = classifier;
        this.background = background;
        this.clock = clock;
        this.seenActivation = activations.latest().map(JdbcActivations.Activation::id).orElse(0L);
    }

    synchronized Optional<Run> latest() {
        return Optional.ofNullable(latest).map(RunProgress::view);
    }

    synchronized Run start(String by) {
        if (latest != null && latest.state == RunState.RUNNING) {
            throw new Refused("training.running", "A training is already running; wait for its result.");
        }
        TrainingSnapshot taken = TrainingSnapshot.of(store.all());
        RunProgress run = new RunProgress(latest == null ? 1 : latest.id + 1, by, clock.instant(),
                taken.candidate().size());
        latest = run;
        snapshot = taken;
        candidate = null;
        background.execute(() -> train(run, taken));
        log.info("intents.retrain.started run={} examples={}", run.id, run.examples);
        return run.view();
    }

    private void train(RunProgress run, TrainingSnapshot taken) {
        try {
            List<Example> heldOut = HeldOutComparison.heldOut(taken.live(), taken.candidate());
            progress(run, 1, heldOut.size());
            Scores candidateScores = comparison.score(comparison.trainWithout(taken.candidate(), heldOut), heldOut);
            progress(run, 2, heldOut.size());
            Scores liveScores = comparison.score(comparison.trainWithout(taken.live(), heldOut), heldOut);
            progress(run, 3, heldOut.size());
            IntentClassifier full = comparison.train(taken.candidate());
            finish(run, full, candidateScores, liveScores);
        } catch (RuntimeException e) {
            log.error("intents.retrain.failed run={}", run.id, e);
            synchronized (this) {
                run.state = RunState.FAILED;
                run.failure = String.valueOf(e.getMessage());
                run.finishedAt = clock.instant();
            }
        }
    }

    private synchronized void progress(RunProgress run, int step, int heldOut) {
        run.step = step;
        run.heldOut = heldOut;
    }

    private synchronized void finish(RunProgress run, IntentClassifier full, Scores candidateScores, Scores live) {
        run.step = STEPS;
        run.candidate = candidateScores;
        run.live = live;
        run.finishedAt = clock.instant();
        run.state = RunState.READY;
        if (run == latest) {
            candidate = full;
        }
        log.info("intents.retrain.ready run={} accuracy={} live_accuracy={}", run.id, candidateScores.accuracy(),
                live.accuracy());
    }

    synchronized Run activate(long runId, boolean insist, String by) {
        if (latest == null || latest.id != runId) {
            throw new Refused("training.not_found", "That training is not the latest one; retrain first.");
        }
        if (latest.state != RunState.READY) {
            throw new Refused("training.not_ready", "Only a finished training that is not live yet can be activated.");
        }
        boolean worse = latest.view().worse();
        if (worse && !insist) {
            throw new Refused("training.worse", "The new model scored below the live one on the held-out examples;"
                    + " confirm to activate it anyway.");
        }
        RunProgress ready = latest;
        seenActivation = transactions.execute(tx -> {
            store.settle(snapshot.additions(), snapshot.removals());
            return activations.record(clock.instant(), by, ready.examples, ready.candidate.accuracy(),
                    ready.live.accuracy(), worse);
        });
        classifier.swap(candidate);
        candidate = null;
        ready.state = RunState.ACTIVATED;
        ready.activatedBy = by;
        ready.activatedAt = clock.instant();
        ready.insisted = worse;
        log.info("intents.activated run={} insisted={}", runId, worse);
        return ready.view();
    }

    Optional<Live> live() {
        return activations.latest().map(JdbcActivations.Activation::live);
    }

    /**
     * Another instance activated a model: train on the live examples it settled and swap, so that every
     * instance answers with the same model. Runs on the background thread, never during a citizen's turn.
     */
    void refreshIfActivatedElsewhere() {
        long newest = activations.latest().map(JdbcActivations.Activation::id).orElse(0L);
        synchronized (this) {
            if (newest <= seenActivation) {
                return;
            }
            seenActivation = newest;
        }
        List<Example> live = TrainingSnapshot.of(store.all()).live();
        classifier.swap(comparison.train(live));
        log.info("intents.refreshed activation={} examples={}", newest, live.size());
    }
}
