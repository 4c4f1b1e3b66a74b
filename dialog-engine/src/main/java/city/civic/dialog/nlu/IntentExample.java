package city.civic.dialog.nlu;

import org.springframework.modulith.NamedInterface;

/** A labelled training or test message; intent {@code oos} marks out-of-scope. */
@NamedInterface("intents")
public record IntentExample(String text, String intent) {
}
