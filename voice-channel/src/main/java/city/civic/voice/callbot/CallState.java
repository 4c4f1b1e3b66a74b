package city.civic.voice.callbot;

import city.civic.dialog.Expectation;
import city.civic.dialog.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a call stands between two turns; the turn loop replaces it, never changes it.
 *
 * @param current the prompt whose menu and keys are on offer (what a reprompt and star repeat)
 * @param expects what the engine's last question awaits ({@link Reply#expects}); null for anything
 * @param ticketId the ticket filed or looked up in this call, for the counsellor
 * @param category its category (or {@code emergency}), for the counsellor
 * @param lastSaid the caller's last few turns, for the counsellor's summary
 */
record CallState(SpokenPrompt current, Expectation expects, String ticketId, String category, List<String> lastSaid) {

    private static final int TURNS_KEPT = 3;

    CallState {
        lastSaid = List.copyOf(lastSaid);
    }

    static CallState greeted(SpokenPrompt greeting) {
        return new CallState(greeting, null, null, null, List.of());
    }

    /** A prompt with keys becomes the current one; one without (a plain sentence) leaves the menu as it was. */
    CallState offering(SpokenPrompt prompt) {
        return prompt.keys().isEmpty() ? this : new CallState(prompt, expects, ticketId, category, lastSaid);
    }

    CallState said(String text) {
        List<String> kept = new ArrayList<>(lastSaid);
        kept.add(text);
        return new CallState(current, expects, ticketId, category,
                kept.subList(Math.max(0, kept.size() - TURNS_KEPT), kept.size()));
    }

    /** The engine's replies to a turn: what the last one awaits, and the ticket any of them names. */
    CallState answered(List<Reply> replies) {
        String ticket = ticketId;
        String about = category;
        for (Reply reply : replies) {
            if (reply.ticket() != null) {
                ticket = reply.ticket().id();
                about = reply.intent();
            }
            if (reply.urgent()) {
                about = reply.intent();
            }
        }
        return new CallState(current, replies.get(replies.size() - 1).expects(), ticket, about, lastSaid);
    }

    boolean awaits(String kind) {
        return expects != null && kind.equals(expects.kind());
    }

    /** A ticket or phone number is asked for: the keypad types it. */
    boolean collectingNumber() {
        return awaits(Expectation.TICKET) || awaits(Expectation.CONTACT);
    }

    /** People pause in the middle of a place or a number: wait longer for them. */
    boolean patient() {
        return awaits(Expectation.PLACE) || collectingNumber();
    }
}
