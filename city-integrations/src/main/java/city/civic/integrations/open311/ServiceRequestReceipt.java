package city.civic.integrations.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code POST requests.json}: the new request's number, or for a batch service a token
 * to ask for the number later ({@code GET tokens/{token}.json}); whichever is unknown is left out.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2#POST_Service_Request">POST Service Request</a>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceRequestReceipt(
        @JsonInclude(JsonInclude.Include.NON_NULL) String serviceRequestId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String token,
        String serviceNotice,
        String accountId) {
}
