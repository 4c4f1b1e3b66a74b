package city.civic.voice.calls;

import java.util.Objects;

/**
 * Where a call goes when the bot is done with it, and the context a counsellor gets with it.
 *
 * @param route hang up, or a human queue
 * @param queue the queue's name for {@link Route#QUEUE}; null for {@link Route#HANGUP}
 * @param ticketId the ticket filed during the call, if any
 * @param category the ticket's or the conversation's category, if any
 * @param summary a short summary for the counsellor's screen, if any
 * @param transcriptId where the full transcript is read: the dialog conversation id
 */
public record CallOutcome(Route route, String queue, String ticketId, String category, String summary,
        String transcriptId) {

    public enum Route {
        HANGUP, QUEUE
    }

    public CallOutcome {
        Objects.requireNonNull(route, "route");
        if (route == Route.QUEUE && (queue == null || queue.isBlank())) {
            throw new IllegalArgumentException("a queue outcome needs a queue name");
        }
    }

    public static CallOutcome hangup(String transcriptId) {
        return new CallOutcome(Route.HANGUP, null, null, null, null, transcriptId);
    }

    public static CallOutcome queue(String queue, String ticketId, String category, String summary,
            String transcriptId) {
        return new CallOutcome(Route.QUEUE, queue, ticketId, category, summary, transcriptId);
    }
}
