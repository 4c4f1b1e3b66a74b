package city.civic.admin.open311;

import city.civic.dialog.PersonalData;
import java.util.Arrays;

/**
 * Keeps the citizen's contact out of public text. Chat and phone reports are free text, and a citizen
 * often types the number to call back into the description itself.
 */
final class Redaction {

    static final String MARK = PersonalData.MARK;
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
        return PersonalData.mask(result);
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
