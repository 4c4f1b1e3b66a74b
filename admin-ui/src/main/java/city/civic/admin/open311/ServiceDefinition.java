package city.civic.admin.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET services/{code}.json}: the extra questions a service asks beyond description, location and
 * contact, which have their own request parameters.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2#GET_Service_Definition">GET Service Definition</a>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ServiceDefinition(String serviceCode, List<Attribute> attributes) {

    /**
     * @param variable true: the client asks the user; false: information only
     * @param datatype string, number, datetime, text, singlevaluelist or multivaluelist
     * @param order position in the form, 1 first
     * @param values the choices of a list datatype; empty otherwise
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
            int order, String description, List<Value> values) {
    }

    record Value(String key, String name) {
    }
}
