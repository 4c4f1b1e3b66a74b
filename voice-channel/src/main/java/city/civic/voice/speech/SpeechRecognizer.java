package city.civic.voice.speech;

import java.util.Collection;

/** Speech to text for telephone calls, 16 kHz in. One instance per JVM; streams are per call. */
public interface SpeechRecognizer {

    int SAMPLE_RATE = 16_000;

    /** A stream over the whole vocabulary. */
    RecognitionStream open();

    /**
     * A stream that only hears these phrases (anything else comes out empty): far cheaper and more robust
     * for yes/no, menus and digits. Words the model does not know are dropped from the phrases.
     */
    RecognitionStream open(Collection<String> phrases);

    /** Recognizes a whole recording at once over the whole vocabulary. */
    default Transcription recognize(short[] samples16k) {
        try (RecognitionStream stream = open()) {
            stream.accept(samples16k);
            return stream.finish();
        }
    }
}
