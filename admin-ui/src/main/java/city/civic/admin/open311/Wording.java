package city.civic.admin.open311;

import city.civic.dialog.Language;
import city.civic.tickets.TicketStatus;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The few sentences the endpoint writes itself, in both of the city's languages (bundle {@code admin/open311}). */
final class Wording {

    private static final Map<Language, ResourceBundle> BUNDLES = Map.of(
            Language.EN, ResourceBundle.getBundle("admin/open311", Locale.ENGLISH),
            Language.KO, ResourceBundle.getBundle("admin/open311", Locale.KOREAN));

    private Wording() {
    }

    /** The platform's six states, since the spec's open/closed hides whether work has started. */
    static String statusNotes(TicketStatus status, Language language) {
        return text(language, "open311.status." + status.code());
    }

    /** The finer status first, then the department's note: "Assigned: passed to the Road Management Division". */
    static String statusNotes(TicketStatus status, String note, Language language) {
        String state = statusNotes(status, language);
        return note == null || note.isBlank() ? state : text(language, "open311.status.with_note", state, note);
    }

    /** Worded like the chat's confirmation, so a citizen hears the same thing on every channel. */
    static String filedNotice(String department, String ticketId, Language language) {
        return text(language, "open311.filed", department, ticketId);
    }

    private static String text(Language language, String key, Object... args) {
        String pattern = BUNDLES.get(language).getString(key);
        // MessageFormat treats ' as a quote: double it so a note's "can't" survives.
        return args.length == 0 ? pattern
                : new MessageFormat(pattern.replace("'", "''"), language == Language.KO ? Locale.KOREAN
                        : Locale.ENGLISH).format(args);
    }
}
