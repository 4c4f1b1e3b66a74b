package city.civic.voice.callbot;

import city.civic.dialog.Conversations;
import city.civic.dialog.LogReference;
import city.civic.dialog.PersonalData;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import city.civic.voice.calls.Call;
import city.civic.voice.speech.Transcription;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The turn loop of one call, on the call's own thread: it takes the line's events, asks the dialog engine
 * (words, keys, and the silences and unclear speech the engine decides on), speaks the replies and listens
 * for what the last one asks. A failure hands the caller to a counsellor; the bot never hangs up on one.
 */
final class CallTurns {

    private static final Logger log = LoggerFactory.getLogger(CallTurns.class);
    private static final long POLL_MILLIS = 40;

    private final Call call;
    private final Conversations conversations;
    private final HeardSpeech speech;
    /** The line's events, the settings and metrics, the inbound speech. */
    private final CallSession.Parts line;
    private final PromptPlayback playback;
    private final CallEnding ending;
    private final ReplySteps steps;
    private final KeypadEntry keypad;

    private CallState state;
    private long listeningSince;
    private boolean callerTalking;
    /** Words heard over a prompt that did not stop for them: taken as the caller's turn once it ends. */
    private CallEvent.Heard overPrompt;
    private boolean ended;

    CallTurns(Call call, Conversations conversations, CallSession.Parts parts) {
        this.call = call;
        this.conversations = conversations;
        this.speech = new HeardSpeech(parts.recognizer(), parts.settings().minConfidence(), parts.places());
        this.line = parts;
        this.playback = parts.playback();
        this.ending = parts.ending();
        this.steps = new ReplySteps(call.language(), parts.places());
        this.keypad = new KeypadEntry(parts.settings().keyTimeout());
    }

    void run() {
        MDC.put("callId", call.botUuid());
        MDC.put("conversation", LogReference.of(call.conversationId()));
        try {
            state = CallState.greeted(steps.greeting(call.greeting()));
            speak(state.current().withoutMenu());
            while (!ended) {
                CallEvent event = line.events().poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                try {
                    if (event != null) {
                        handle(event);
                    }
                    tick();
                } catch (RuntimeException e) {
                    log.error("voice.turn-failed: transferring the caller", e);
                    ending.transferAtOnce(state, e.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            MDC.clear();
        }
    }

    private void handle(CallEvent event) {
        if (event instanceof CallEvent.HungUp) {
            ended = true;
            log.info("voice.call-ended by={}", ending.decided() ? "bot" : "caller");
        } else if (event instanceof CallEvent.LineFailed failed) {
            ending.transferAtOnce(state, failed.reason());
        } else if (event instanceof CallEvent.SpeechStarted) {
            callerTalking = true;
        } else if (event instanceof CallEvent.Heard heard) {
            heard(heard);
        } else if (event instanceof CallEvent.Key key && !ending.decided()) {
            listeningSince = System.nanoTime();
            act(keypad.key(key.digit(), state, listeningSince));
        }
    }

    private void heard(CallEvent.Heard heard) {
        callerTalking = false;
        if (ending.decided()) {
            return;
        }
        Transcription said = speech.decoded(heard);
        boolean interrupted = playback.speaking() && playback.playing();
        HeardSpeech.Meaning meaning = speech.meaning(said, interrupted);
        if (meaning == HeardSpeech.Meaning.NOISE) {
            return; // the prompt goes on
        }
        if (meaning == HeardSpeech.Meaning.AFTER_PROMPT) {
            overPrompt = new CallEvent.Heard(said, null, heard.speechEnded());
            return;
        }
        overPrompt = null;
        if (interrupted) {
            playback.interrupt();
        }
        if (meaning == HeardSpeech.Meaning.HELP) {
            speak(steps.help(state));
        } else if (meaning == HeardSpeech.Meaning.UNCLEAR) {
            line.metrics().noMatch();
            take(Utterance.notUnderstood(said.confidence()));
        } else {
            log.debug("voice.heard ms-since-speech-ended={}", (System.nanoTime() - heard.speechEnded()) / 1_000_000);
            playback.answering(heard.speechEnded());
            take(new Utterance(speech.written(said, state), said.confidence(), List.of(), null));
        }
    }

    private void act(KeypadEntry.Action action) {
        if (action instanceof KeypadEntry.Say say) {
            take(say.utterance());
        } else if (action instanceof KeypadEntry.Repeat) {
            speak(state.current());
        } else if (action instanceof KeypadEntry.Invalid invalid) {
            speak(steps.invalidKey(state, invalid.digit()));
        } // typing a number: wait for the rest
    }

    private void tick() {
        if (ending.closing() || ended) {
            return;
        }
        if (playback.finishedSpeaking()) {
            listeningSince = System.nanoTime();
        }
        if (!playback.speaking() && overPrompt != null && !callerTalking) {
            CallEvent.Heard pending = overPrompt;
            overPrompt = null;
            heard(pending);
            return;
        }
        KeypadEntry.Action typed = keypad.pause(state, System.nanoTime());
        if (typed != null) {
            act(typed);
            return;
        }
        long timeout = (state.patient() ? line.settings().patientNoInputTimeout()
                : line.settings().noInputTimeout()).toNanos();
        if (!playback.speaking() && !callerTalking && !keypad.typing()
                && System.nanoTime() - listeningSince > timeout) {
            log.info("voice.no-input");
            line.metrics().noInput();
            take(Utterance.silence());
        }
    }

    /** One turn through the dialog engine, and what the call does with the answer. */
    private void take(Utterance utterance) {
        overPrompt = null;
        if (!utterance.callEvent()) {
            state = state.said(utterance.text());
        }
        log.debug("voice.said kind={} text=\"{}\" keys={}", utterance.kind(), PersonalData.mask(utterance.text()),
                utterance.dtmf());
        List<Reply> replies = conversations.handle(call.conversationId(), utterance);
        MDC.put("conversation", LogReference.of(call.conversationId()));
        listeningSince = System.nanoTime();
        if (replies.isEmpty()) {
            return; // a counsellor has the conversation
        }
        ReplySteps.Step step = utterance.callEvent() ? steps.afterUnheard(replies, state)
                : steps.after(replies, state = state.answered(replies));
        if (step instanceof ReplySteps.Listen listen) {
            line.inbound().listen(listen.listening());
            state = state.offering(listen.prompt());
            playback.speak(listen.menuLater() ? listen.prompt().withoutMenu() : listen.prompt());
            return;
        }
        speak(step.prompt());
        if (step instanceof ReplySteps.Transfer) {
            ending.transfer(state);
        } else {
            ending.hangUp();
        }
    }

    private void speak(SpokenPrompt prompt) {
        state = state.offering(prompt);
        playback.speak(prompt);
    }
}
