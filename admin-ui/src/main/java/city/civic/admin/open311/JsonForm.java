package city.civic.admin.open311;

import java.util.Collection;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A JSON body read as the spec's form fields, for clients that post JSON:
 * {@code {"service_code":"x","lat":37.4,"attribute":{"observed_when":"today"}}} is
 * {@code service_code=x&lat=37.4&attribute[observed_when]=today}.
 */
final class JsonForm {

    private JsonForm() {
    }

    /** @param query the query string's parameters, which a JSON post may carry too (api_key, lang) */
    static MultiValueMap<String, String> fields(Map<String, Object> body, MultiValueMap<String, String> query) {
        var fields = new LinkedMultiValueMap<String, String>(query);
        body.forEach((name, value) -> {
            if ("attribute".equals(name) && value instanceof Map<?, ?> attributes) {
                attributes.forEach((code, answer) -> add(fields, "attribute[" + code + "]", answer));
            } else {
                add(fields, name, value);
            }
        });
        return fields;
    }

    private static void add(MultiValueMap<String, String> fields, String name, Object value) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> add(fields, name, v));
        } else if (value instanceof Map<?, ?>) {
            throw Open311Exception.badRequest(name + " must be a string or a number, not an object.");
        } else if (value != null) {
            fields.add(name, String.valueOf(value));
        }
    }
}
