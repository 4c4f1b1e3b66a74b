package city.civic.integrations.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One service of {@code GET services.json}: a report category citizens can file.
 *
 * @param metadata whether {@code services/{code}.json} defines attributes worth fetching
 * @param type {@code realtime} (a request gets its number at once) or {@code batch} (a token first)
 * @param keywords comma-separated
 * @param group the responsible department
 * @see <a href="http://wiki.open311.org/GeoReport_v2#GET_Service_List">GET Service List</a>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Open311Service(String serviceCode, String serviceName, String description, boolean metadata,
        String type, String keywords, String group) {

    public static final String REALTIME = "realtime";
}
