package city.civic.dialog.engine;

import city.civic.dialog.HandoffException;
import city.civic.dialog.HandoffException.Kind;
import city.civic.dialog.Handoffs;

/** What a counsellor types, cleaned: control characters out (line breaks kept in messages), length checked. */
final class TypedText {

    private TypedText() {
    }

    /** A display name on one line, spaces collapsed. */
    static String name(String typed) {
        String name = clean(typed, false).replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            throw new HandoffException(Kind.INVALID, "name.missing", "Give the name the citizen will see.");
        }
        if (name.length() > Handoffs.LONGEST_NAME) {
            throw new HandoffException(Kind.INVALID, "name.too_long",
                    "The name can be at most " + Handoffs.LONGEST_NAME + " characters.");
        }
        return name;
    }

    static String message(String typed) {
        String message = clean(typed, true).strip();
        if (message.isEmpty()) {
            throw new HandoffException(Kind.INVALID, "message.missing", "The message has no text.");
        }
        if (message.length() > Handoffs.LONGEST_MESSAGE) {
            throw new HandoffException(Kind.INVALID, "message.too_long",
                    "Messages can be at most " + Handoffs.LONGEST_MESSAGE + " characters.");
        }
        return message;
    }

    /** A name on one line loses format characters too (bidi overrides could make it read as another). */
    private static String clean(String typed, boolean message) {
        if (typed == null) {
            return "";
        }
        return typed.codePoints()
                .filter(cp -> !Character.isISOControl(cp) || (message && (cp == '\n' || cp == '\t')))
                .filter(cp -> cp != 0xFFFD && (message || Character.getType(cp) != Character.FORMAT))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
