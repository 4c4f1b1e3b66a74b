package city.civic.voice.agi;

import java.nio.charset.StandardCharsets;

/**
 * Makes values safe to put in channel variables the dialplan expands into application arguments
 * ({@code Queue(${CIVIC_QUEUE},...)}): a comma, a pipe, {@code $}, brackets or a quote there would split
 * or evaluate the arguments, and a newline would end the AGI command line.
 */
final class DialplanValues {

    private DialplanValues() {
    }

    /** An identifier (queue name, ticket id, category code): letters, digits, {@code _ . -}; else empty. */
    static String token(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.trim();
        return trimmed.matches("[A-Za-z0-9_.-]{1,64}") ? trimmed : "";
    }

    /**
     * Free text, percent-encoded as UTF-8 (RFC 3986 unreserved characters kept, space as {@code %20}) so
     * Korean survives as ASCII and a CRM decodes it with any URL decoder; cut to at most
     * {@code maxLength} characters without splitting a character's encoding.
     */
    static String text(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String collapsed = value.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < collapsed.length(); ) {
            int codePoint = collapsed.codePointAt(i);
            String encoded = encode(codePoint);
            if (out.length() + encoded.length() > maxLength) {
                break;
            }
            out.append(encoded);
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static String encode(int codePoint) {
        if (codePoint < 128 && (Character.isLetterOrDigit(codePoint) || "-._~".indexOf(codePoint) >= 0)) {
            return String.valueOf((char) codePoint);
        }
        StringBuilder out = new StringBuilder();
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }
}
