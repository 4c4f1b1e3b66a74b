package city.civic.dialog;

import java.util.List;
import java.util.Optional;

/** The dialog engine's single entry point; one turn at a time per conversation. */
public interface Conversations {

    StartedConversation start(Channel channel, Language language);

    /**
     * Handles one citizen turn and returns the bot's replies; what the last one's question awaits is its
     * {@link Reply#expects()}.
     *
     * @throws ConversationNotFoundException for an unknown or expired conversation id
     */
    List<Reply> handle(String conversationId, Utterance utterance);

    /**
     * As {@link #handle(String, Utterance)}, once per {@code clientMessageId} (null: every time): the conversation's
     * latest message sent again with its id (a retry after a timeout, a reconnect, or a failover to another
     * instance) is answered with the replies it had, stored with the conversation, and not handled twice. Only the
     * latest message is remembered: a client re-sends the message in flight, never an older one.
     */
    default List<Reply> handle(String conversationId, Utterance utterance, String clientMessageId) {
        return handle(conversationId, utterance);
    }

    /** The citizen's transcript, while the conversation is live. */
    Optional<Transcript> transcript(String conversationId);

    /** The transcript of any conversation still kept (see retention), live or ended: for staff. */
    Optional<Transcript> keptTranscript(String conversationId);

    /** Whether the token is the one handed to the conversation's owner at start. */
    boolean ownedBy(String conversationId, String token);

    record StartedConversation(String conversationId, String token, List<Reply> messages) {
    }
}
