package city.civic.voice.callbot;

import city.civic.dialog.PersonalData;
import city.civic.voice.calls.Call;
import city.civic.voice.calls.CallOutcome;
import city.civic.voice.calls.Calls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a call goes when the bot is done with it: to the counsellors' queue with what they need to know,
 * or back to the dialplan to hang up. Decided once; the leg ends when the last words are out.
 */
final class CallEnding {

    private static final Logger log = LoggerFactory.getLogger(CallEnding.class);

    private final Call call;
    private final Calls calls;
    private final CallbotProperties settings;
    private final VoiceMetrics metrics;
    private final PromptPlayback playback;
    private boolean decided;

    CallEnding(Call call, Calls calls, CallbotProperties settings, VoiceMetrics metrics, PromptPlayback playback) {
        this.call = call;
        this.calls = calls;
        this.settings = settings;
        this.metrics = metrics;
        this.playback = playback;
    }

    /** Something failed (the line, a turn): to a counsellor at once, without another word. */
    void transferAtOnce(CallState state, String reason) {
        log.warn("voice.transfer reason={}", reason);
        transfer(state);
        playback.stop();
    }

    /** To a counsellor, with the ticket, its category and the caller's last words. */
    void transfer(CallState state) {
        metrics.transfer();
        decide(CallOutcome.queue(settings.queue(), state.ticketId(), state.category(),
                PersonalData.mask(String.join(" / ", state.lastSaid())), call.conversationId()));
    }

    void hangUp() {
        decide(CallOutcome.hangup(call.conversationId()));
    }

    /** Once the way out is decided, the leg ends as soon as the last words are out; true from then on. */
    boolean closing() {
        if (decided) {
            playback.hangUpWhenDone();
        }
        return decided;
    }

    /** The call's way out is decided: the caller is no longer listened to. */
    boolean decided() {
        return decided;
    }

    private void decide(CallOutcome outcome) {
        calls.decide(call.botUuid(), outcome);
        decided = true;
        log.info("voice.call-decided route={} queue={} ticket={}", outcome.route(), outcome.queue(), outcome.ticketId());
    }
}
