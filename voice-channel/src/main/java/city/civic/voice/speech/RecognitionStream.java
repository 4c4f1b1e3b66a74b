package city.civic.voice.speech;

/**
 * One caller's audio being recognized as it arrives. Not thread-safe: fed from one thread (the call's
 * connection thread), as the recognizer underneath requires.
 */
public interface RecognitionStream extends AutoCloseable {

    /**
     * Feeds 16 kHz PCM.
     *
     * @return true when the recognizer's endpointer decided the utterance ended: read it with {@link #result()}
     */
    boolean accept(short[] samples16k);

    /** The words heard so far in the current utterance (for barge-in); empty in silence. */
    String partial();

    /** The utterance that just ended; the stream goes on with the next one. */
    Transcription result();

    /** Flushes what is still buffered (the caller stopped, the line ended) and returns it. */
    Transcription finish();

    @Override
    void close();
}
