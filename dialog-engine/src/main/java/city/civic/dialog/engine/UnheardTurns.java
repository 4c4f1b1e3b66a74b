package city.civic.dialog.engine;

import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import java.util.List;

/**
 * A caller's silence or unclear speech ({@link Utterance#callEvent()}): asked again once, in words the channel
 * follows with its own question; the second time in a row a person takes over. Unclear speech counts with
 * every other misunderstanding ({@link DialogPolicy#secondMisunderstanding}), so chat and phone share one rule.
 */
final class UnheardTurns {

    /**
     * The intent of a reprompt: neither an answer nor an out-of-scope message (no citizen turn is recorded for
     * a silence, so the turn before it must not count as unanswered).
     */
    static final String REPROMPT = "reprompt";

    /** Hands the conversation to a person: {@link HandoffRequests#request}. */
    interface Handover {
        Reply request(Turn turn, String reason, String messageKey);
    }

    private final Responses responses;
    private final Handover handover;

    UnheardTurns(Responses responses, Handover handover) {
        this.responses = responses;
        this.handover = handover;
    }

    List<Reply> respond(Turn turn) {
        ConversationState state = turn.state();
        boolean silence = turn.utterance.kind() == Utterance.Kind.SILENCE;
        boolean again = silence ? ++state.silences >= DialogPolicy.MISUNDERSTANDINGS_BEFORE_HANDOFF
                : DialogPolicy.secondMisunderstanding(turn);
        if (again) {
            state.silences = 0;
            return List.of(silence ? handover.request(turn, "no-input", "handoff.silence")
                    : handover.request(turn, "repeated-misunderstanding", "handoff.unheard"));
        }
        return List.of(responses.say(turn.language, REPROMPT, 0,
                silence ? "reprompt.silence" : "reprompt.unheard"));
    }
}
