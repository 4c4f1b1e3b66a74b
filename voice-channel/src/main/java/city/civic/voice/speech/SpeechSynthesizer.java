package city.civic.voice.speech;

/** Text to telephone speech. Thread-safe; one instance per JVM. */
public interface SpeechSynthesizer {

    /**
     * PCM for one sentence (or a short text) at the line's rate; empty when there is nothing to say.
     *
     * @param sampleRate 8000 (slin) or 16000 (slin16)
     */
    short[] speak(String sentence, int sampleRate);
}
