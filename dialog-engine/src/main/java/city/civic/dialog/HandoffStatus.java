package city.civic.dialog;

import java.util.Locale;

/** Where a hand-off stands: waiting for a counsellor, being answered by one, or over. */
public enum HandoffStatus {
    /** Asked for; no counsellor has picked it up yet (a phone call: waiting in, or answered by, Asterisk's queue). */
    WAITING,
    /** A counsellor answers; the bot is silent in the conversation. */
    ACTIVE,
    /** Handed back to the bot or closed. */
    CLOSED;

    /** The value the staff API shows: {@code waiting}, {@code active}, {@code closed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
