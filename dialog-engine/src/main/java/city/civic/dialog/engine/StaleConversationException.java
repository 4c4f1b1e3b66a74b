package city.civic.dialog.engine;

import city.civic.dialog.LogReference;
import org.springframework.dao.OptimisticLockingFailureException;

/** The conversation's row no longer has the version its turn was computed from: someone else saved first. */
final class StaleConversationException extends OptimisticLockingFailureException {

    StaleConversationException(String conversationId, long version) {
        super("Conversation " + LogReference.of(conversationId) + " is no longer at version " + version);
    }
}
