package city.civic.admin;

import java.util.Arrays;

/** What a member of staff may do; a person may hold several. The first administrator holds all four. */
public enum StaffRole {
    /** Edits answers, intents and reads transcripts (masked). */
    OFFICIAL,
    /** Approves answers for publishing. */
    REVIEWER,
    /** Works escalated tickets and hand-offs in the center console; may reveal a citizen's contact. */
    OPERATOR,
    /** Manages staff accounts and sees operational details (health, metrics); may reveal personal data. */
    ADMIN;

    /** Spring Security's authority name ({@code ROLE_ADMIN}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Role names for {@code hasAnyRole(...)}: every staff role. */
    public static String[] all() {
        return Arrays.stream(values()).map(StaffRole::name).toArray(String[]::new);
    }
}
