package city.civic.voice.audiosocket;

/**
 * What one call hears from the caller, in arrival order, on the call's own connection thread (so a slow
 * listener delays only its own call). Implementations should hand the audio on quickly (to a recognizer
 * queue) rather than work in these methods.
 */
public interface CallAudio {

    /** One inbound audio frame (normally 20 ms; the size follows the channel's packetisation). */
    void onAudio(short[] samples, int sampleRate);

    /** A DTMF digit ({@code 0-9 * # A-D}) pressed by the caller. */
    void onDtmf(char digit);

    /**
     * The audio leg ended: the caller hung up (Asterisk closes the socket), we hung up, or the
     * connection failed. Called exactly once, last.
     */
    void onHangup();
}
