package city.civic.voice.audiosocket;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the call an AudioSocket connection belongs to, by the UUID the dialplan passed to
 * {@code AudioSocket(${BOT_UUID},host:port)} (set earlier by call control). An empty answer refuses the
 * connection: the server ends the leg and the dialplan falls back to the human queue.
 */
@FunctionalInterface
public interface CallAudioHandlers {

    /**
     * @param callId the UUID Asterisk sent first
     * @param output the call's way back to the caller, valid until {@link CallAudio#onHangup()}
     * @return the call's listener, or empty when no such call is expected
     */
    Optional<CallAudio> open(UUID callId, CallOutput output);

    /** Knows no call: every connection is refused. Used when the callbot is off but the server is on. */
    static CallAudioHandlers none() {
        return (callId, output) -> Optional.empty();
    }
}
