package city.civic.voice.callbot;

import city.civic.voice.audiosocket.CallOutput;
import city.civic.voice.speech.SpeechSynthesizer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bot's voice on one call: prompts synthesized sentence by sentence, only a little ahead of what the
 * caller hears, and silenced at once when the caller talks over them (barge-in). The call's thread speaks;
 * the connection thread reads whether the bot is speaking and interrupts it, hence the volatile fields.
 */
final class PromptPlayback {

    /** The dialplan application's rate: used until the caller's first frame tells the line's own. */
    private static final int FRAME_RATE_BEFORE_AUDIO = 8000;
    /** How far synthesis runs ahead of playback: more than a sentence takes to synthesize under load. */
    private static final long SYNTHESIS_LEAD_MILLIS = 2000;
    private static final long FRAME_MILLIS = 20;

    private final CallOutput output;
    private final SpeechSynthesizer voice;
    private final VoiceMetrics metrics;

    private volatile long speakingSince;
    /** From the first sentence queued until the last one is heard (synthesis can run behind playback). */
    private volatile boolean speaking;
    private volatile boolean bargedIn;
    private final AtomicInteger bargeIns = new AtomicInteger();
    private volatile int lineRate;
    /** The caller hung up or the line broke: nothing more is said. */
    private volatile boolean lineDown;
    /** When the speech being answered ended, until the answer's first audio is out; 0 otherwise (call thread). */
    private long answering;

    PromptPlayback(CallOutput output, SpeechSynthesizer voice, VoiceMetrics metrics) {
        this.output = output;
        this.voice = voice;
        this.metrics = metrics;
    }

    /** Says the prompt's sentences in turn; returns early when the caller interrupts or the line goes. */
    void speak(SpokenPrompt prompt) {
        int bargeInsBefore = bargeIns.get();
        speakingSince = System.nanoTime();
        bargedIn = false;
        speaking = true;
        for (String sentence : prompt.sentences()) {
            awaitPlaybackWithin(SYNTHESIS_LEAD_MILLIS, bargeInsBefore);
            if (bargeIns.get() != bargeInsBefore || lineDown) {
                return;
            }
            int rate = lineRate == 0 ? FRAME_RATE_BEFORE_AUDIO : lineRate;
            short[] audio = voice.speak(sentence, rate);
            if (bargeIns.get() != bargeInsBefore) {
                return; // interrupted while this sentence was being synthesized
            }
            if (audio.length > 0) {
                output.play(audio, rate);
                if (answering != 0) {
                    metrics.responded(System.nanoTime() - answering);
                    answering = 0;
                }
            }
        }
    }

    /** The answer to speech that ended then ({@link System#nanoTime()}): its first audio is timed from it. */
    void answering(long speechEnded) {
        answering = speechEnded;
    }

    /** Whether the bot is speaking, and has been for longer than {@code protection} (its first words are spared). */
    boolean speakingLongerThan(long protectionNanos) {
        return speaking && !bargedIn && System.nanoTime() - speakingSince >= protectionNanos;
    }

    boolean speaking() {
        return speaking;
    }

    boolean bargedIn() {
        return bargedIn;
    }

    /** Audio is still going out to the caller. */
    boolean playing() {
        return output.isPlaying();
    }

    /** Once the last audio is out the bot has stopped speaking; true the first time that is seen. */
    boolean finishedSpeaking() {
        if (speaking && !output.isPlaying()) {
            speaking = false;
            return true;
        }
        return false;
    }

    /** The caller talked over the bot: silenced at once, and the rest of the prompt is not synthesized. */
    void bargeIn() {
        interrupt();
        metrics.bargeIn();
    }

    /** Silences the bot (a key, or the caller's turn taken over the prompt) without counting a barge-in. */
    void interrupt() {
        bargedIn = true;
        output.interrupt();
        bargeIns.incrementAndGet();
    }

    /** Stops whatever plays, for good: the call is being handed over. */
    void stop() {
        output.interrupt();
    }

    /** Ends the leg once the last words are out. */
    void hangUpWhenDone() {
        if (!output.isPlaying()) {
            output.hangUp();
        }
    }

    void lineRate(int sampleRate) {
        lineRate = sampleRate;
    }

    void lineDown() {
        lineDown = true;
    }

    /**
     * Synthesizes only a little ahead of what the caller hears: MaryTTS's few systems serve every call,
     * and what a caller interrupts need not be synthesized at all.
     */
    private void awaitPlaybackWithin(long millis, int bargeInsBefore) {
        while (output.queuedMillis() > millis && bargeIns.get() == bargeInsBefore && !lineDown) {
            try {
                Thread.sleep(FRAME_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
