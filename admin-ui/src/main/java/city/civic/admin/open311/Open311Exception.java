package city.civic.admin.open311;

import java.util.List;

/**
 * A refusal in GeoReport v2 terms: 404 for an unknown service or request, 403 for the api_key, 400 for
 * anything else (the spec's catch-all). It may carry several problems, as the spec's error array can.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2#Errors">GeoReport v2, Errors</a>
 */
final class Open311Exception extends RuntimeException {

    private final int status;
    private final List<String> descriptions;

    private Open311Exception(int status, List<String> descriptions) {
        super(String.join(" ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    static Open311Exception badRequest(String description) {
        return new Open311Exception(400, List.of(description));
    }

    static Open311Exception badRequest(List<String> descriptions) {
        return new Open311Exception(400, descriptions);
    }

    static Open311Exception forbidden(String description) {
        return new Open311Exception(403, List.of(description));
    }

    static Open311Exception notFound(String description) {
        return new Open311Exception(404, List.of(description));
    }

    int status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
