package city.civic.dialog.engine;

import city.civic.dialog.Reply;
import java.util.ArrayList;
import java.util.List;

/** What the engine remembers between turns; stored as JSON with the conversation. */
final class ConversationState {

    public String language;
    public ReportForm report;
    public boolean awaitingTicketNumber;
    public boolean awaitingTrafficPlace;
    public int misunderstandings;
    /** Silences in a row on the phone (see {@link city.civic.dialog.Utterance#silence()}). */
    public int silences;
    public boolean handedOff;
    /** The counsellor answering this conversation (the bot is silent meanwhile), else null. */
    public String counsellor;
    /** Outside counsellors' hours: the bot asked where a counsellor should call back, for this reason. */
    public boolean awaitingCallbackContact;
    public String callbackReason;
    public List<String> ticketIds = new ArrayList<>();
    /** The client's id of the latest citizen message and the replies it got, for a retry on any instance. */
    public String lastClientMessageId;
    public List<Reply> lastReplies;
}
