package city.civic.voice.audiosocket;

/**
 * What one call sends to the caller. Audio is queued and paced out at one 20 ms frame every 20 ms;
 * nothing is sent while the queue is empty.
 */
public interface CallOutput {

    /** Queues PCM (8000 or 16000 Hz) behind whatever is still playing. */
    void play(short[] samples, int sampleRate);

    /** Drops all queued audio at once (barge-in): at most the frame already on its way is heard. */
    void interrupt();

    /** Whether queued audio is still waiting to be sent. */
    boolean isPlaying();

    /** How much queued audio is still to be sent, in milliseconds. */
    long queuedMillis();

    /**
     * Ends the audio leg from our side: sends the AudioSocket hangup message and closes the connection.
     * On Asterisk ≥ 20.14 / 21.9 / 22.4 / 23.0 the dialplan then continues at its next priority.
     */
    void hangUp();
}
