package city.civic.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * Answers are plain text: the chat widget shows them as text, the phone speaks them, staff pages escape
 * them. HTML typed or pasted into an answer is removed here before it is stored (jsoup, {@link Safelist#none()}:
 * tags go, their text stays, scripts and styles go whole). Entities are decoded, and the result cleaned
 * again until nothing changes, so {@code &lt;script&gt;} cannot come back as a tag either.
 */
public final class PlainText {

    private static final int MAX_ROUNDS = 5;
    private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false)
            .escapeMode(Entities.EscapeMode.xhtml);

    private PlainText() {
    }

    /** Text of several lines (an answer): line breaks kept, control characters dropped, trimmed. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String current = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String cleaned = withoutMarkup(current);
            if (cleaned.equals(current)) {
                break;
            }
            current = cleaned;
        }
        if (current.indexOf('<') >= 0 && !withoutMarkup(current).equals(current)) {
            current = current.replace('<', ' ').replace('>', ' ');
        }
        return withoutControls(current).strip();
    }

    /** Text of one line (a question): every run of white space, line breaks included, becomes one space. */
    public static String line(String text) {
        return of(text).replaceAll("\\s+", " ");
    }

    private static String withoutMarkup(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        return Parser.unescapeEntities(Jsoup.clean(text, "", Safelist.none(), OUTPUT), false);
    }

    private static String withoutControls(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT || c == 0x200D) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
