package city.civic.integrations.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code GET tokens/{token}.json}: the request's number once the batch has filed it, null
 * before.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2#GET_service_request_id_from_a_token">GET id from a token</a>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RequestToken(String serviceRequestId, String token) {
}
