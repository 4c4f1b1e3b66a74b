package city.civic.dialog.nlu;

import java.util.List;

/**
 * The classifier's verdict. {@code intent} is {@link IntentClassifier#OUT_OF_SCOPE} when the message
 * matches no intent well enough; {@code ranking} keeps the best in-scope candidates either way.
 */
public record IntentPrediction(String intent, double confidence, List<Candidate> ranking) {

    public boolean outOfScope() {
        return IntentClassifier.OUT_OF_SCOPE.equals(intent);
    }

    public record Candidate(String intent, double probability) {
    }
}
