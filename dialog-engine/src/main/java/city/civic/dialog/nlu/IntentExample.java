package city.civic.dialog.nlu;

/** A labelled training or test message; intent {@code oos} marks out-of-scope. */
public record IntentExample(String text, String intent) {
}
