package city.civic.dialog;

/** The conversation id is unknown, or the conversation has expired. */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(String conversationId) {
        super("No active conversation " + abbreviate(conversationId));
    }

    private static String abbreviate(String id) {
        return id == null ? "null" : id.length() > 12 ? id.substring(0, 12) + "…" : id;
    }
}
