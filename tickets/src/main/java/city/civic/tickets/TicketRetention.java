package city.civic.tickets;

import java.time.Instant;
import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * What the platform's retention job may do to tickets. A ticket outlives its conversation and keeps its number,
 * status, category and place; the citizen's contact and personal data in its text end a while after it closed.
 */
public interface TicketRetention {

    /** Unlinks the tickets filed in these conversations, which are being deleted; joins the caller's transaction. */
    void forgetConversations(Collection<String> conversationIds);

    /**
     * Clears the contact of up to {@code limit} tickets closed before {@code closedBefore} and not yet cleared,
     * and passes their description and location through {@code mask}; in a transaction of its own.
     *
     * @return how many tickets were cleared: fewer than {@code limit} when none are left
     */
    int clearPersonalData(Instant closedBefore, UnaryOperator<String> mask, int limit);
}
