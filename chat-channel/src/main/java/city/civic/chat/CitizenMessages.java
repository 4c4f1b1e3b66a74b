package city.civic.chat;

import city.civic.dialog.Conversations;
import city.civic.dialog.Reply;
import city.civic.dialog.Utterance;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A citizen's chat message, over REST or STOMP, on its way to the engine. A message re-sent after a timeout or a
 * reconnect carries the same client message id and gets the original replies back, from whichever instance
 * handled it (the engine records them with the turn): a confirmed report is never filed twice because the
 * citizen's "yes" was retried, and a re-send is not counted against the rate limits.
 */
@Component
public class CitizenMessages {

    private final Conversations conversations;
    private final ChatGuard guard;

    public CitizenMessages(Conversations conversations, ChatGuard guard) {
        this.conversations = conversations;
        this.guard = guard;
    }

    /**
     * The replies to the owner's message; ownership is the caller's to check.
     *
     * @throws ChatRequestException for a message refused by the guard
     */
    public List<Reply> answer(String conversationId, String clientMessageId, String text, String clientAddress) {
        guard.checkClientMessageId(clientMessageId);
        return conversations.repliesTo(conversationId, clientMessageId).orElseGet(() -> {
            guard.checkMessage(conversationId, clientAddress, text);
            // Still once: a first sending still in flight when we looked has its replies recorded by now.
            return conversations.handle(conversationId, Utterance.text(text), clientMessageId);
        });
    }
}
