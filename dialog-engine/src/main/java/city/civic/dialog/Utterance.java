package city.civic.dialog;

import java.util.List;

/**
 * What a citizen said, channel-neutral: typed text, or a phone transcript with the recogniser's
 * confidence and alternatives, or keypad digits.
 */
public record Utterance(String text, Double asrConfidence, List<String> alternatives, String dtmf) {

    public Utterance {
        text = text == null ? "" : text;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public static Utterance text(String text) {
        return new Utterance(text, null, List.of(), null);
    }
}
