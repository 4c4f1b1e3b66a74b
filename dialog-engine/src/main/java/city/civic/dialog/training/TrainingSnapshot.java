package city.civic.dialog.training;

import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.State;
import java.util.List;

/**
 * The examples as a training found them: the live model's (live and removed-but-not-yet), the candidate's
 * (live and added), and the edits that activating this training settles. Later edits wait for the next one.
 */
record TrainingSnapshot(List<Example> live, List<Example> candidate, List<Long> additions, List<Long> removals) {

    static TrainingSnapshot of(List<Example> all) {
        return new TrainingSnapshot(
                all.stream().filter(e -> e.state() != State.ADDED).toList(),
                all.stream().filter(e -> e.state() != State.REMOVED).toList(),
                all.stream().filter(e -> e.state() == State.ADDED).map(Example::id).toList(),
                all.stream().filter(e -> e.state() == State.REMOVED).map(Example::id).toList());
    }
}
