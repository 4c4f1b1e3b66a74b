package city.civic.integrations.traffic.gits;

import city.civic.integrations.traffic.FeedException;
import city.civic.integrations.traffic.FeedException.Kind;
import city.civic.integrations.traffic.XmlRecords;
import java.util.List;
import java.util.Map;

/**
 * The records of a GITS REST-XML answer: {@code <ServiceResult><msgHeader><headerCd>} 0 = OK and
 * records under {@code <msgBody><itemList>} (integrations.md §1.2; manuals at
 * https://openapigits.gg.go.kr/api/jsp/manual_&lt;operation&gt;.jsp).
 */
final class GitsResponses {

    /** "No result": the same header convention as the Seoul and Gyeonggi bus APIs, an empty list. */
    private static final int NO_RESULT = 4;
    /** Seen for keys registered but suspended. */
    private static final int KEY_SUSPENDED = 7;

    List<Map<String, String>> items(String body) {
        String text = body == null ? "" : body.replace("\uFEFF", "").strip();
        String head = text.substring(0, Math.min(text.length(), 200)).toLowerCase();
        if (!text.startsWith("<") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
            throw new FeedException(Kind.MALFORMED, text.isEmpty() ? "empty body" : "not a GITS XML answer");
        }
        XmlRecords xml = XmlRecords.parse(text);
        String code = xml.first("headerCd");
        if (code == null) {
            // without a header this is not an answer, and must not pass for "no records"
            throw new FeedException(Kind.MALFORMED, "no headerCd in " + xml.rootName());
        }
        int value;
        try {
            value = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw new FeedException(Kind.MALFORMED, "headerCd " + code);
        }
        if (value == NO_RESULT) {
            return List.of();
        }
        if (value != 0) {
            throw new FeedException(value == KEY_SUSPENDED ? Kind.KEY : Kind.ERROR_CODE,
                    "headerCd " + value + " " + xml.first("headerMsg"));
        }
        return xml.records("itemList");
    }
}
