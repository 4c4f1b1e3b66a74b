package city.civic.dialog.nlu;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Figures of the CLINC150 paper (Larson et al. 2019): accuracy on in-scope messages (a message
 * wrongly rejected counts as wrong), recall and precision of out-of-scope detection, and the share
 * of in-scope messages wrongly treated as out of scope (false fallbacks).
 */
@NamedInterface("intents")
public record IntentEvaluation(int n, int inScope, int outOfScope, double inScopeAccuracy, double oosRecall,
        double oosPrecision, double falseFallbackRate) {

    public static IntentEvaluation of(List<IntentExample> test, List<IntentPrediction> predictions) {
        int inScope = 0;
        int correct = 0;
        int oos = 0;
        int oosCaught = 0;
        int predictedOos = 0;
        int falseFallbacks = 0;
        for (int i = 0; i < test.size(); i++) {
            String truth = test.get(i).intent();
            IntentPrediction predicted = predictions.get(i);
            if (predicted.outOfScope()) {
                predictedOos++;
            }
            if (truth.equals(IntentClassifier.OUT_OF_SCOPE)) {
                oos++;
                if (predicted.outOfScope()) {
                    oosCaught++;
                }
            } else {
                inScope++;
                if (predicted.intent().equals(truth)) {
                    correct++;
                }
                if (predicted.outOfScope()) {
                    falseFallbacks++;
                }
            }
        }
        return new IntentEvaluation(test.size(), inScope, oos, ratio(correct, inScope), ratio(oosCaught, oos),
                ratio(oosCaught, predictedOos), ratio(falseFallbacks, inScope));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
