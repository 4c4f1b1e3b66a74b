package city.civic.dialog;

import java.util.List;

/**
 * What a citizen said, channel-neutral: typed text, or a phone transcript with the recogniser's
 * confidence and alternatives, or keypad digits.
 */
public record Utterance(String text, Double asrConfidence, List<String> alternatives, String dtmf) {

    /**
     * The longest message, in characters, that a turn carries: the engine cuts longer ones, channels refuse them
     * first with a clear error (their configured limit may be lower, never higher), and a counsellor's
     * messages share it.
     */
    public static final int MAX_TEXT_LENGTH = 2000;

    public Utterance {
        text = text == null ? "" : text;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public static Utterance text(String text) {
        return new Utterance(text, null, List.of(), null);
    }
}
