package city.civic.voice.agi;

import city.civic.voice.calls.Call;
import city.civic.voice.calls.CallOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The channel variables the {@code route} step sets, decided from the call's outcome. No call, no
 * outcome or an unusable queue name all send the caller to the human queue: a caller is never dropped
 * because the bot lost track.
 */
final class RouteVariables {

    static final String ROUTE = "CIVIC_ROUTE";
    static final String QUEUE = "CIVIC_QUEUE";
    static final String TICKET = "CIVIC_TICKET";
    static final String CATEGORY = "CIVIC_CATEGORY";
    static final String SUMMARY = "CIVIC_SUMMARY";
    static final String TRANSCRIPT = "CIVIC_TRANSCRIPT";
    static final int SUMMARY_LENGTH = 200;

    private RouteVariables() {
    }

    static Map<String, String> of(Optional<Call> call, String fallbackQueue) {
        CallOutcome outcome = call.flatMap(Call::decided).orElse(null);
        String transcript = call.map(Call::conversationId).orElse(null);
        if (outcome == null) {
            return queue(fallbackQueue, null, transcript);
        }
        if (outcome.route() == CallOutcome.Route.HANGUP) {
            Map<String, String> variables = new LinkedHashMap<>();
            variables.put(ROUTE, "hangup");
            variables.put(TRANSCRIPT, DialplanValues.token(firstNonNull(outcome.transcriptId(), transcript)));
            return variables;
        }
        String queue = DialplanValues.token(outcome.queue());
        return queue(queue.isEmpty() ? fallbackQueue : queue, outcome,
                firstNonNull(outcome.transcriptId(), transcript));
    }

    private static Map<String, String> queue(String queue, CallOutcome outcome, String transcript) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(ROUTE, "queue");
        variables.put(QUEUE, queue);
        variables.put(TICKET, outcome == null ? "" : DialplanValues.token(outcome.ticketId()));
        variables.put(CATEGORY, outcome == null ? "" : DialplanValues.token(outcome.category()));
        variables.put(SUMMARY, outcome == null ? "" : DialplanValues.text(outcome.summary(), SUMMARY_LENGTH));
        variables.put(TRANSCRIPT, DialplanValues.token(transcript));
        return variables;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
