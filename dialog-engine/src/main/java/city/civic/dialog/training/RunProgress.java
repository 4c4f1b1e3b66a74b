package city.civic.dialog.training;

import city.civic.dialog.IntentTraining.Run;
import city.civic.dialog.IntentTraining.RunState;
import city.civic.dialog.IntentTraining.Scores;
import java.time.Instant;

/** A training as it goes; changed only under {@link RetrainingRuns}' lock, read as an immutable {@link Run}. */
final class RunProgress {

    final long id;
    final String startedBy;
    final Instant startedAt;
    final int examples;
    RunState state = RunState.RUNNING;
    int step;
    int heldOut;
    Instant finishedAt;
    Scores candidate;
    Scores live;
    String failure;
    String activatedBy;
    Instant activatedAt;
    boolean insisted;

    RunProgress(long id, String startedBy, Instant startedAt, int examples) {
        this.id = id;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.examples = examples;
    }

    Run view() {
        return new Run(id, state, startedBy, startedAt, finishedAt, step, RetrainingRuns.STEPS, examples, heldOut,
                candidate, live, failure, activatedBy, activatedAt, insisted);
    }
}
