package city.civic.dialog;

import java.util.List;
import java.util.Optional;

/**
 * The counsellors' side of hand-offs. Once a counsellor picks a chat up, the bot stays silent in it: the
 * citizen's messages are kept and announced ({@link HandoffMessageAdded}), the counsellor's go into the
 * transcript as role {@code agent} and to the citizen, until the counsellor hands it back or closes it.
 * Phone hand-offs are listed too; Asterisk's queue answers them, so they cannot be picked up here.
 */
public interface Handoffs {

    int LONGEST_NAME = 40;
    /** A counsellor writes no longer than a citizen may. */
    int LONGEST_MESSAGE = Utterance.MAX_TEXT_LENGTH;

    /** Waiting and active hand-offs, the longest waiting first. */
    List<Handoff> open();

    /** The conversation's latest hand-off, open or closed. */
    Optional<Handoff> find(String conversationId);

    /**
     * @param counsellor the name the citizen will see (at most {@link #LONGEST_NAME} characters)
     * @param staff the staff account picking it up: only they may write in it
     * @throws HandoffException when unknown, a phone call, already picked up or closed
     */
    Handoff pickUp(String conversationId, String counsellor, String staff);

    /**
     * A counsellor's message to the citizen of an active hand-off.
     *
     * @param staff the staff account writing: the one who picked it up
     * @throws HandoffException when the hand-off is not active or not theirs, or the text is empty or too long
     */
    Transcript.Entry say(String conversationId, String staff, String text);

    /** Ends the hand-off and the bot answers again; the citizen is told. */
    Handoff handBack(String conversationId);

    /** Ends the hand-off (waiting or active); the bot answers again if the citizen writes. */
    Handoff close(String conversationId);
}
