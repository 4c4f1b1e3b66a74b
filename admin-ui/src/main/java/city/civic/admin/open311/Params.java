package city.civic.admin.open311;

import city.civic.dialog.Language;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;

/** Request parameters as the spec reads them: an empty optional parameter is the same as an absent one. */
final class Params {

    private Params() {
    }

    /** The first value, trimmed; null when absent or blank. */
    static String first(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).findFirst().orElse(null);
    }

    /** Every comma-separated value over all occurrences of the parameter. */
    static List<String> csv(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** {@code lang=en|ko}; Korean when absent, the city's own language. */
    static Language language(MultiValueMap<String, String> params) {
        String lang = first(params, "lang");
        if (lang == null) {
            return Language.KO;
        }
        return Language.fromCode(lang).orElseThrow(() -> Open311Exception.badRequest("lang must be en or ko."));
    }

    /** The format suffix of the URL: only JSON is served, the spec's optional format. */
    static void requireJson(String format) {
        if (!"json".equals(format)) {
            throw Open311Exception.badRequest("Only the JSON format is served: use the .json suffix"
                    + " (XML is not available on this server).");
        }
    }
}
