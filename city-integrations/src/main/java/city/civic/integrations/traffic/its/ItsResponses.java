package city.civic.integrations.traffic.its;

import city.civic.integrations.traffic.FeedException;
import city.civic.integrations.traffic.FeedException.Kind;
import city.civic.integrations.traffic.XmlRecords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The items of an ITS open API answer, whatever shape it came in. Observed quirks (integrations.md
 * §1.1, §1.4): {@code resultCode} as {@code 0}, {@code "0"} or {@code "00"}; {@code items} as an
 * array, a single object or {@code {"item":[...]}}; XML ({@code <response>…<item>}) although JSON
 * was asked for; data.go.kr gateway errors as HTTP 200 with {@code <OpenAPI_ServiceResponse>}; an
 * HTML error page. Every item comes back as its fields' texts.
 */
final class ItsResponses {

    /** Personal daily quota exceeded (ITS) and the gateway's LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS. */
    private static final Set<Integer> QUOTA_CODES = Set.of(4001, 22);
    /** SERVICE_KEY_IS_NOT_REGISTERED (30), deadline expired (31), unregistered IP (32). */
    private static final Set<Integer> KEY_CODES = Set.of(30, 31, 32);

    private final JsonMapper json = JsonMapper.shared();

    List<Map<String, String>> items(String body) {
        String text = body == null ? "" : body.replace("\uFEFF", "").strip();
        if (text.isEmpty()) {
            throw new FeedException(Kind.MALFORMED, "empty body");
        }
        if (text.startsWith("<")) {
            return xmlItems(text);
        }
        return jsonItems(text);
    }

    private List<Map<String, String>> jsonItems(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new FeedException(Kind.MALFORMED, "unreadable JSON", e);
        }
        if (!root.path("header").isObject() && !root.path("body").isObject()) {
            // anything else is not an ITS answer, and must not pass for "no items"
            throw new FeedException(Kind.MALFORMED, "JSON without header or body");
        }
        JsonNode header = root.path("header");
        check(scalar(header.path("resultCode")), scalar(header.path("resultMsg")));
        JsonNode items = root.path("body").path("items");
        if (items.isObject() && items.has("item")) {
            items = items.get("item");
        }
        List<Map<String, String>> result = new ArrayList<>();
        if (items.isArray()) {
            items.forEach(item -> result.add(fields(item)));
        } else if (items.isObject()) {
            result.add(fields(items));
        }
        return result;
    }

    private List<Map<String, String>> xmlItems(String text) {
        String head = text.substring(0, Math.min(text.length(), 200)).toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            throw new FeedException(Kind.MALFORMED, "HTML page instead of data");
        }
        XmlRecords xml = XmlRecords.parse(text);
        if ("OpenAPI_ServiceResponse".equals(xml.rootName())) {
            String reason = xml.first("returnReasonCode");
            check(reason == null ? "-1" : reason, xml.first("returnAuthMsg"));
            throw new FeedException(Kind.ERROR_CODE, "gateway error " + xml.first("errMsg"));
        }
        String code = xml.first("resultCode");
        if (code == null && !"response".equals(xml.rootName())) {
            throw new FeedException(Kind.MALFORMED, "XML that is not an ITS answer: " + xml.rootName());
        }
        check(code, xml.first("resultMsg"));
        return xml.records("item");
    }

    /** A missing code passes (some answers carry only a body); anything but zero is an error. */
    private static void check(String code, String message) {
        if (code == null || code.isEmpty()) {
            return;
        }
        int value;
        try {
            value = Integer.parseInt(code.strip());
        } catch (NumberFormatException e) {
            throw new FeedException(Kind.ERROR_CODE, "resultCode " + code + " " + message);
        }
        if (value == 0) {
            return;
        }
        Kind kind = QUOTA_CODES.contains(value) ? Kind.QUOTA : KEY_CODES.contains(value) ? Kind.KEY : Kind.ERROR_CODE;
        throw new FeedException(kind, "resultCode " + value + " " + message);
    }

    private static Map<String, String> fields(JsonNode item) {
        Map<String, String> fields = new LinkedHashMap<>();
        item.properties().forEach(field -> {
            String value = scalar(field.getValue());
            if (value != null) {
                fields.put(field.getKey(), value.strip());
            }
        });
        return fields;
    }

    private static String scalar(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString() : null;
    }
}
