package city.civic.dialog;

import java.util.List;
import java.util.Optional;

/** The dialog engine's single entry point; one turn at a time per conversation. */
public interface Conversations {

    StartedConversation start(Channel channel, Language language);

    /** The longest client message id recorded; ids are UUIDs (36 characters) in practice. */
    int MAX_CLIENT_MESSAGE_ID = 64;

    /**
     * Handles one citizen turn and returns the bot's replies; what the last one's question awaits is its
     * {@link Reply#expects()}.
     *
     * @throws ConversationNotFoundException for an unknown or expired conversation id
     */
    default List<Reply> handle(String conversationId, Utterance utterance) {
        return handle(conversationId, utterance, null);
    }

    /**
     * As {@link #handle(String, Utterance)}, once per client message id: the replies are recorded with the turn,
     * in its transaction, and a message re-sent with the same id, to this instance or any other, gets them back
     * without a second turn. A turn that failed records nothing, so its message can be sent again. A null or
     * blank id records nothing.
     *
     * @throws IllegalArgumentException for an id longer than {@link #MAX_CLIENT_MESSAGE_ID}
     */
    List<Reply> handle(String conversationId, Utterance utterance, String clientMessageId);

    /**
     * The replies recorded for a message already handled with this client message id (by any instance); empty
     * for a null or blank id, or one not handled (yet).
     */
    Optional<List<Reply>> repliesTo(String conversationId, String clientMessageId);

    /** The citizen's transcript, while the conversation is live. */
    Optional<Transcript> transcript(String conversationId);

    /** The transcript of any conversation still kept (see retention), live or ended: for staff. */
    Optional<Transcript> keptTranscript(String conversationId);

    /** Whether the token is the one handed to the conversation's owner at start. */
    boolean ownedBy(String conversationId, String token);

    record StartedConversation(String conversationId, String token, List<Reply> messages) {
    }
}
