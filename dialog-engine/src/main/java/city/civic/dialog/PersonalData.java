package city.civic.dialog;

import java.util.regex.Pattern;

/**
 * Masks personal data in text kept for people other than the citizen: e-mail addresses, phone numbers
 * (Korean mobile and landline forms) and resident registration numbers. Ticket numbers
 * ({@code SC-2026-000123}) and times are left alone.
 */
public final class PersonalData {

    public static final String MARK = "[redacted]";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Korean numbers start with 0 or +82; the guards keep ticket numbers intact. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+82[-. ]?|\\(?0)\\d{1,2}[-. )]{0,2}\\d{3,4}[-. ]?\\d{4}(?![\\w-])");
    /** YYMMDD-NNNNNNN, the national id. */
    private static final Pattern RESIDENT_NUMBER = Pattern.compile("(?<![\\w-])\\d{6}[- ]?[1-8]\\d{6}(?![\\w-])");

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll(MARK);
        masked = RESIDENT_NUMBER.matcher(masked).replaceAll(MARK);
        return PHONE.matcher(masked).replaceAll(MARK);
    }
}
