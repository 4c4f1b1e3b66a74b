package city.civic.dialog;

/**
 * Another instance (or counsellor) changed the conversation during each of several attempts at this turn; the
 * turn was not applied and nothing of it was stored. The citizen may simply send the message again.
 */
public class ConversationBusyException extends RuntimeException {

    public ConversationBusyException(String conversationId, int attempts, Throwable lastConflict) {
        super("Conversation " + LogReference.of(conversationId) + " was changed elsewhere during " + attempts
                + " attempts in a row; the turn was not applied", lastConflict);
    }
}
