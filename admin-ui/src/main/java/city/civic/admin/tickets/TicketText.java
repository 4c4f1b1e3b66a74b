package city.civic.admin.tickets;

import city.civic.dialog.PersonalData;
import java.util.List;

/**
 * A ticket's description as staff read it: what the citizen said, and the live data the bot saw, which
 * report filing appends as its last line ({@code [signal controller SIG-001 at 14:05: flash=true]},
 * {@code [CCTV site-3 event e-17: LOITERING at 14:05]}). Both masked: the citizen may have typed either.
 *
 * @param request the citizen's own words, personal data masked
 * @param liveData what the city's systems reported when the ticket was filed
 */
public record TicketText(String request, List<String> liveData) {

    private static final List<String> LIVE_PREFIXES = List.of("[signal controller ", "[CCTV ");

    public static TicketText of(String description, String contact) {
        if (description == null) {
            return new TicketText("", List.of());
        }
        int lastBreak = description.lastIndexOf('\n');
        String last = description.substring(lastBreak + 1).strip();
        if (lastBreak > 0 && last.endsWith("]") && LIVE_PREFIXES.stream().anyMatch(last::startsWith)) {
            return new TicketText(mask(description.substring(0, lastBreak).strip(), contact),
                    List.of(mask(last, contact)));
        }
        return new TicketText(mask(description.strip(), contact), List.of());
    }

    /** The citizen's contact wherever it was typed, then anything else that identifies a person. */
    public static String mask(String text, String contact) {
        if (text == null) {
            return null;
        }
        String result = text;
        if (contact != null && contact.strip().length() >= 3) {
            result = result.replace(contact.strip(), PersonalData.MARK);
        }
        return PersonalData.mask(result);
    }

    /** At most {@code max} characters, for lists. */
    public String excerpt(int max) {
        return request.length() <= max ? request : request.substring(0, max - 1).stripTrailing() + "…";
    }
}
