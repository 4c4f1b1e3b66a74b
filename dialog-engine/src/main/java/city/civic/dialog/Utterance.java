package city.civic.dialog;

import java.util.List;

/**
 * What a citizen said, channel-neutral: typed text, or a phone transcript with the recogniser's
 * confidence and alternatives, or keypad digits; or a call event the engine decides on (the caller was
 * silent, or said something the recogniser could not make out), as Rasa's voice channel sends
 * {@code /silence_timeout}.
 */
public record Utterance(String text, Double asrConfidence, List<String> alternatives, String dtmf, Kind kind) {

    /** Whether the citizen said something, or a call event stands in for what was not heard. */
    public enum Kind {
        SAID,
        /** The caller said nothing for as long as the channel waits. */
        SILENCE,
        /** The caller spoke, but too unclearly to take what the recogniser heard. */
        NOT_UNDERSTOOD
    }

    /**
     * The longest message, in characters, that a turn carries: the engine cuts longer ones, channels refuse them
     * first with a clear error (their configured limit may be lower, never higher), and a counsellor's
     * messages share it.
     */
    public static final int MAX_TEXT_LENGTH = 2000;

    public Utterance {
        text = text == null ? "" : text;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        kind = kind == null ? Kind.SAID : kind;
    }

    public Utterance(String text, Double asrConfidence, List<String> alternatives, String dtmf) {
        this(text, asrConfidence, alternatives, dtmf, Kind.SAID);
    }

    public static Utterance text(String text) {
        return new Utterance(text, null, List.of(), null);
    }

    /** The caller was silent: the engine asks again or, the second time in a row, hands over. */
    public static Utterance silence() {
        return new Utterance("", null, List.of(), null, Kind.SILENCE);
    }

    /** Speech the recogniser could not make out, with its confidence; the words themselves are not taken. */
    public static Utterance notUnderstood(double asrConfidence) {
        return new Utterance("", asrConfidence, List.of(), null, Kind.NOT_UNDERSTOOD);
    }

    /** A call event rather than words: no text to read, nothing for the transcript's citizen side. */
    public boolean callEvent() {
        return kind != Kind.SAID;
    }
}
