package city.civic.admin.open311;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Keeps the citizen's contact out of public text. Chat and phone reports are free text, and a citizen
 * often types the number to call back into the description itself.
 */
final class Redaction {

    static final String MARK = "[redacted]";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Korean numbers start with 0 or +82; the guards keep ticket numbers (SC-2026-000123) intact. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w-])(?:\\+82[-. ]?|\\(?0)\\d{1,2}[-. )]{0,2}\\d{3,4}[-. ]?\\d{4}(?![\\w-])");
    private static final int SHORTEST_CONTACT_PART = 3;

    private Redaction() {
    }

    static String publicText(String text, String contact) {
        if (text == null) {
            return null;
        }
        String result = text;
        if (contact != null && !contact.isBlank()) {
            for (String part : parts(contact)) {
                result = result.replace(part, MARK);
            }
        }
        result = EMAIL.matcher(result).replaceAll(MARK);
        return PHONE.matcher(result).replaceAll(MARK);
    }

    private static String[] parts(String contact) {
        String[] parts = Arrays.stream(contact.split("[,;/]")).map(String::trim)
                .filter(p -> p.length() >= SHORTEST_CONTACT_PART).toArray(String[]::new);
        String whole = contact.trim();
        String[] all = Arrays.copyOf(parts, parts.length + 1);
        all[parts.length] = whole;
        // The longest first, so a part never leaves the tail of a longer match behind.
        Arrays.sort(all, (a, b) -> b.length() - a.length());
        return all;
    }
}
