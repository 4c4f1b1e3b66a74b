package city.civic.voice.callbot;

import city.civic.voice.speech.Transcription;

/**
 * What the line tells a call's turn loop, in the order it happened. The AudioSocket connection thread puts
 * them on one queue ({@link InboundSpeech}, {@link CallSession}); the call's own thread takes them
 * ({@link CallTurns}). This queue is the only way from the line to the turns.
 */
sealed interface CallEvent {

    /**
     * The caller's turn ended.
     *
     * @param audio the utterance at 16 kHz when a grammar heard it (to decode again in full), else null
     * @param speechEnded when the caller stopped talking ({@link System#nanoTime()})
     */
    record Heard(Transcription transcription, short[] audio, long speechEnded) implements CallEvent {
    }

    /** The caller started talking: no silence timeout while they do. */
    record SpeechStarted() implements CallEvent {
    }

    record Key(char digit) implements CallEvent {
    }

    record HungUp() implements CallEvent {
    }

    /** The line cannot carry the call any longer; the caller goes to a person. */
    record LineFailed(String reason) implements CallEvent {
    }
}
