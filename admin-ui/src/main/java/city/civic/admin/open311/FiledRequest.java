package city.civic.admin.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code POST requests.json}. The platform numbers tickets at once, so there is never a
 * token; accounts do not exist, so {@code account_id} is null.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2#POST_Service_Request">POST Service Request</a>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record FiledRequest(String serviceRequestId, String serviceNotice, String accountId) {
}
