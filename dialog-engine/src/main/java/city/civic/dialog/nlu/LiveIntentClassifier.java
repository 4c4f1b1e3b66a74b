package city.civic.dialog.nlu;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The intent classifier the dialog engine uses now. Activating a retrained model swaps it at once, without a
 * restart: a turn classifies with whichever model was live when it asked, never with half of each.
 */
public final class LiveIntentClassifier {

    private final AtomicReference<IntentClassifier> current;

    public LiveIntentClassifier(IntentClassifier initial) {
        this.current = new AtomicReference<>(initial);
    }

    public IntentPrediction classify(String text) {
        return current.get().classify(text);
    }

    public IntentClassifier current() {
        return current.get();
    }

    public void swap(IntentClassifier next) {
        current.set(next);
    }
}
