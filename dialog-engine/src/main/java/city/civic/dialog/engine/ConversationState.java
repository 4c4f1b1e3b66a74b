package city.civic.dialog.engine;

import java.util.ArrayList;
import java.util.List;

/** What the engine remembers between turns; stored as JSON with the conversation. */
final class ConversationState {

    public String language;
    public ReportForm report;
    public boolean awaitingTicketNumber;
    public boolean awaitingTrafficPlace;
    public int misunderstandings;
    public boolean handedOff;
    public List<String> ticketIds = new ArrayList<>();
}
