package city.civic.dialog;

/**
 * What the bot's last question asked for. A voice channel listens accordingly: a closed grammar for a
 * confirmation, more patience for a place or a number people pause in the middle of.
 */
public enum Awaiting {
    /** No particular answer: a question, a new request. */
    ANYTHING,
    /** What happened, in the citizen's words. */
    DESCRIPTION,
    /** A place: an address, a crossing, a landmark. */
    PLACE,
    /** When something happened. */
    TIME,
    /** A phone number or e-mail address to call back. */
    CONTACT,
    /** A ticket number. */
    TICKET_NUMBER,
    /** Yes, no, or one of the offered choices. */
    CONFIRMATION
}
