package city.civic.admin.tickets;

import city.civic.dialog.Conversations;
import city.civic.dialog.Transcript;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a ticket's conversation was handed to a person: the bot said so (a reply with {@code handoff}),
 * or a counsellor wrote in it (role {@code agent}). Read from the kept transcript; remembered per request.
 */
final class HandoffLookup {

    private final Conversations conversations;
    private final Map<String, Boolean> seen = new HashMap<>();

    HandoffLookup(Conversations conversations) {
        this.conversations = conversations;
    }

    boolean handedOff(String conversationId) {
        if (conversationId == null) {
            return false;
        }
        return seen.computeIfAbsent(conversationId, id -> conversations.keptTranscript(id)
                .map(transcript -> transcript.messages().stream().anyMatch(HandoffLookup::handoff)).orElse(false));
    }

    private static boolean handoff(Transcript.Entry entry) {
        return "agent".equals(entry.role()) || entry.reply() != null && entry.reply().handoff();
    }
}
