package city.civic.admin.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's plain text cut into runs of text and web addresses, for staff pages to show as escaped text
 * with links (Thymeleaf escapes each run; only http and https addresses become links).
 */
public final class LinkedText {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"']+");
    private static final String TRAILING = ".,;:!?)]'\"";

    /** A run of text; {@code href} is set when it is a link. */
    public record Part(String text, String href) {

        public boolean isLink() {
            return href != null;
        }
    }

    private LinkedText() {
    }

    static List<Part> of(String text) {
        var parts = new ArrayList<Part>();
        if (text == null) {
            return parts;
        }
        Matcher m = URL.matcher(text);
        int cursor = 0;
        while (m.find()) {
            String url = withoutTrailingPunctuation(m.group());
            int end = m.start() + url.length();
            if (m.start() > cursor) {
                parts.add(new Part(text.substring(cursor, m.start()), null));
            }
            boolean bare = url.regionMatches(true, 0, "www.", 0, 4);
            parts.add(new Part(url, bare ? "https://" + url : url));
            cursor = end;
        }
        if (cursor < text.length()) {
            parts.add(new Part(text.substring(cursor), null));
        }
        return parts;
    }

    private static String withoutTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
