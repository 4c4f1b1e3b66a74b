package city.civic.chat;

import city.civic.dialog.Reply;
import java.util.List;

/**
 * A citizen's message answered over the turn API (REST). The conversation's live STOMP sessions get the replies
 * too, on whichever instance they are connected to.
 *
 * @param clientMessageId the client's id of the message, or null
 */
public record TurnAnswered(String conversationId, String clientMessageId, List<Reply> replies) {
}
