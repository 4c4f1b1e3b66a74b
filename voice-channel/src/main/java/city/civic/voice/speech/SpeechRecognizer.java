package city.civic.voice.speech;

import java.util.Collection;

/** Speech to text for telephone calls, 16 kHz in. One instance per JVM; streams are per call. */
public interface SpeechRecognizer {

    int SAMPLE_RATE = 16_000;

    /** A stream over the whole vocabulary. */
    RecognitionStream open();

    /**
     * A stream that only hears these phrases (anything else, even in part, comes out empty): far cheaper
     * and more robust for yes/no, menus, digits and place names. Words the model does not know are dropped
     * from the phrases (see {@link #knows}).
     */
    RecognitionStream open(Collection<String> phrases);

    /** Whether the vocabulary has this word (lower case): a grammar can only use words it has. */
    boolean knows(String word);

    /**
     * A grammar hears its nearest phrase in anything said, so what it heard stands only when it is surer
     * than a free transcript needs to be; below this the recording is decoded again in full.
     */
    double GRAMMAR_MIN_CONFIDENCE = 0.6;

    /** What a grammar heard when it is sure of it, else the recording decoded over the whole vocabulary. */
    default Transcription surelyOrInFull(Transcription heardByGrammar, short[] samples16k) {
        if (!heardByGrammar.isEmpty() && heardByGrammar.confidence() >= GRAMMAR_MIN_CONFIDENCE) {
            return heardByGrammar;
        }
        return recognize(samples16k);
    }

    /** Recognizes a whole recording at once over the whole vocabulary. */
    default Transcription recognize(short[] samples16k) {
        try (RecognitionStream stream = open()) {
            stream.accept(samples16k);
            return stream.finish();
        }
    }
}
