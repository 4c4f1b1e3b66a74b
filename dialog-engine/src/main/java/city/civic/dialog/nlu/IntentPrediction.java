package city.civic.dialog.nlu;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The classifier's verdict. {@code intent} is {@link IntentClassifier#OUT_OF_SCOPE} when the message
 * matches no intent well enough; {@code ranking} keeps the best in-scope candidates either way.
 *
 * @param unreadable keyboard mash or a script none of the examples use: nothing to search the answers for
 */
@NamedInterface("intents")
public record IntentPrediction(String intent, double confidence, List<Candidate> ranking, boolean unreadable) {

    public IntentPrediction(String intent, double confidence, List<Candidate> ranking) {
        this(intent, confidence, ranking, false);
    }

    static IntentPrediction unreadableText() {
        return new IntentPrediction(IntentClassifier.OUT_OF_SCOPE, 1, List.of(), true);
    }

    public boolean outOfScope() {
        return IntentClassifier.OUT_OF_SCOPE.equals(intent);
    }

    /**
     * This verdict under an out-of-scope threshold, for a verdict given without one (threshold 0): an
     * in-scope intent less probable than the threshold becomes out of scope, as the classifier would say.
     */
    public IntentPrediction atThreshold(double threshold) {
        return outOfScope() || confidence >= threshold
                ? this
                : new IntentPrediction(IntentClassifier.OUT_OF_SCOPE, 1 - confidence, ranking);
    }

    public record Candidate(String intent, double probability) {
    }
}
