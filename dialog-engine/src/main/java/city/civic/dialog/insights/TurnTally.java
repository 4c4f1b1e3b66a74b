package city.civic.dialog.insights;

import city.civic.dialog.ConversationOutcome;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of transcript entries adds up to: the citizen's turns, the intent of each (the intent of the
 * bot's first reply to it), turns left unanswered, the outcome reached and the curated answers given. One
 * save of the engine is a whole turn (the citizen's message and every reply to it), so tallies of
 * successive saves add up to the tally of the whole conversation.
 */
public final class TurnTally {

    static final String CITIZEN = "citizen";
    static final String BOT = "bot";
    private static final String FAQ = "faq";
    private static final String OUT_OF_SCOPE = "oos";
    private static final String TICKET_STATUS = "ticket.status";
    private static final String TRAFFIC_STATUS = "traffic.status";
    private static final String EMERGENCY = "emergency";

    private int turns;
    private int unansweredTurns;
    private boolean handedOff;
    private ConversationOutcome outcome = ConversationOutcome.ABANDONED;
    private final Map<String, Integer> intents = new LinkedHashMap<>();
    private final Map<String, AnswerGiven> answers = new LinkedHashMap<>();

    /** A curated answer and how often it was given. */
    public record AnswerGiven(String answerId, String title, int uses) {
    }

    public static TurnTally of(List<Transcript.Entry> entries) {
        var tally = new TurnTally();
        boolean firstReply = false;
        boolean unanswered = false;
        for (Transcript.Entry entry : entries) {
            if (CITIZEN.equals(entry.role())) {
                tally.turns++;
                firstReply = true;
                unanswered = false;
            } else if (BOT.equals(entry.role()) && entry.reply() != null) {
                Reply reply = entry.reply();
                if (firstReply && reply.intent() != null) {
                    tally.intents.merge(reply.intent(), 1, Integer::sum);
                }
                if (tally.turns > 0 && !unanswered && isUnanswered(reply)) {
                    tally.unansweredTurns++;
                    unanswered = true;
                }
                firstReply = false;
                tally.add(reply);
            }
        }
        return tally;
    }

    private void add(Reply reply) {
        outcome = outcome.or(outcomeOf(reply));
        handedOff |= reply.handoff();
        for (Reply.Source source : reply.sources()) {
            answers.merge(source.id(), new AnswerGiven(source.id(), source.title(), 1),
                    (was, now) -> new AnswerGiven(was.answerId(), now.title(), was.uses() + 1));
        }
    }

    /** The README's definitions ("Transcripts"), strongest first. */
    static ConversationOutcome outcomeOf(Reply reply) {
        if (EMERGENCY.equals(reply.intent())) {
            return ConversationOutcome.EMERGENCY;
        }
        if (reply.handoff()) {
            return ConversationOutcome.HANDED_OFF;
        }
        if (reply.ticket() != null && !TICKET_STATUS.equals(reply.intent())) {
            return ConversationOutcome.TICKET_FILED;
        }
        boolean answered = !reply.sources().isEmpty() || TRAFFIC_STATUS.equals(reply.intent())
                || TICKET_STATUS.equals(reply.intent()) && reply.ticket() != null;
        return answered ? ConversationOutcome.ANSWERED : ConversationOutcome.ABANDONED;
    }

    /** Not understood (the fallback), or a question the knowledge base had no answer for. */
    static boolean isUnanswered(Reply reply) {
        return OUT_OF_SCOPE.equals(reply.intent()) || FAQ.equals(reply.intent()) && reply.sources().isEmpty();
    }

    public int turns() {
        return turns;
    }

    public int unansweredTurns() {
        return unansweredTurns;
    }

    public boolean handedOff() {
        return handedOff;
    }

    public ConversationOutcome outcome() {
        return outcome;
    }

    /** Turns per intent. */
    public Map<String, Integer> intents() {
        return Collections.unmodifiableMap(intents);
    }

    public Map<String, AnswerGiven> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** Whether the entries change nothing in a summary. */
    public boolean isEmpty() {
        return turns == 0 && !handedOff && outcome == ConversationOutcome.ABANDONED && answers.isEmpty();
    }
}
