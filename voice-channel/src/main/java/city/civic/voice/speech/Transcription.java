package city.civic.voice.speech;

import java.util.List;

/**
 * What the recognizer heard in one utterance.
 *
 * @param text the words, lower case, without the grammar's {@code [unk]} marker; empty when nothing was heard
 * @param confidence the mean of the words' posterior probabilities, 0-1; 0 when nothing was heard
 * @param words the words with their own confidences, in order
 */
public record Transcription(String text, double confidence, List<Word> words) {

    public static final Transcription NOTHING = new Transcription("", 0, List.of());

    public Transcription {
        text = text == null ? "" : text.strip();
        words = words == null ? List.of() : List.copyOf(words);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** One recognized word and its posterior probability. */
    public record Word(String word, double confidence) {
    }
}
