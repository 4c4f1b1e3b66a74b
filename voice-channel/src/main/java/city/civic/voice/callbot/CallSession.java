package city.civic.voice.callbot;

import city.civic.dialog.Conversations;
import city.civic.voice.audiosocket.CallAudio;
import city.civic.voice.audiosocket.CallOutput;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.Calls;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.SpeechSynthesizer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * One phone call between a caller and the dialog engine, on two threads. The AudioSocket connection thread
 * ({@link CallAudio}) feeds {@link InboundSpeech} frame by frame and reports keys and the hang-up; the call's
 * own thread runs {@link CallTurns}. The line reaches the turns only through one queue of {@link CallEvent}s;
 * the turns reach the line through {@link InboundSpeech#listen} (what to listen for) and {@link PromptPlayback}
 * (the bot's voice, which the caller may interrupt).
 */
final class CallSession implements CallAudio, Runnable {

    private final Parts parts;
    private final CallTurns turns;

    CallSession(Call call, CallOutput output, Conversations conversations, Calls calls,
            SpeechRecognizer recognizer, SpeechSynthesizer voice, CallbotProperties settings, VoiceMetrics metrics,
            Supplier<PlaceGrammar> places) {
        BlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        PromptPlayback playback = new PromptPlayback(output, voice, metrics);
        this.parts = new Parts(events, playback, new InboundSpeech(recognizer, settings, metrics, playback, events),
                new CallEnding(call, calls, settings, metrics, playback), recognizer, settings, metrics, places);
        this.turns = new CallTurns(call, conversations, parts);
    }

    /** One call's parts, shared by its two threads as each one's documentation says. */
    record Parts(BlockingQueue<CallEvent> events, PromptPlayback playback, InboundSpeech inbound, CallEnding ending,
            SpeechRecognizer recognizer, CallbotProperties settings, VoiceMetrics metrics,
            Supplier<PlaceGrammar> places) {
    }

    @Override
    public void onAudio(short[] samples, int sampleRate) {
        parts.inbound().onAudio(samples, sampleRate);
    }

    /** A key silences the bot at once, as speech does. */
    @Override
    public void onDtmf(char digit) {
        if (parts.playback().speaking()) {
            parts.playback().interrupt();
        }
        parts.events().add(new CallEvent.Key(digit));
    }

    @Override
    public void onHangup() {
        parts.playback().lineDown();
        parts.inbound().close();
        parts.events().add(new CallEvent.HungUp());
    }

    @Override
    public void run() {
        turns.run();
    }
}
