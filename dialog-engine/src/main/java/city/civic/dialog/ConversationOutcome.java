package city.civic.dialog;

import java.util.Locale;
import java.util.Optional;

/**
 * How a conversation went, from its bot replies (README "Transcripts" defines each). A conversation has the
 * strongest outcome any of its turns reached; constants are ordered weakest first, so a live conversation's
 * outcome only ever moves up.
 */
public enum ConversationOutcome {
    /** Nothing below happened: only greetings, fallbacks, "I don't know", or a report left unfinished. */
    ABANDONED,
    /** A curated answer (a reply citing a source), live traffic, or a ticket's status. */
    ANSWERED,
    /** A report filed (a reply carrying the new ticket's number; status look-ups do not count). */
    TICKET_FILED,
    /** The bot handed the conversation to a counsellor. */
    HANDED_OFF,
    /** The bot gave the emergency guidance (call 112 / 119). */
    EMERGENCY;

    /** As in the staff API and the database: {@code ticket_filed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConversationOutcome> parse(String code) {
        for (ConversationOutcome outcome : values()) {
            if (outcome.code().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /** The stronger of the two. */
    public ConversationOutcome or(ConversationOutcome other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
