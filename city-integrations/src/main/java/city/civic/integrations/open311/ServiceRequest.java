package city.civic.integrations.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A service request as {@code GET requests.json} and {@code GET requests/{id}.json} show it; fields a
 * server does not know are null rather than absent.
 *
 * @param status {@link #OPEN} or {@link #CLOSED}, the only two the spec has
 * @param statusNotes the reason for the status, in words
 * @param addressId an identifier of the place in the server's own address list
 * @param requestedDatetime ISO 8601 with offset, as every GeoReport date
 * @param extendedStatus beyond the spec, the platform's own status ({@code received}, {@code assigned},
 *     {@code in_progress}, {@code resolved}, {@code closed}, {@code duplicate}); spec clients ignore it
 * @param duplicateOf beyond the spec: for a duplicate, the request it repeats
 * @see <a href="http://wiki.open311.org/GeoReport_v2#GET_Service_Requests">GET Service Requests</a>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceRequest(
        String serviceRequestId,
        String status,
        String statusNotes,
        String serviceName,
        String serviceCode,
        String description,
        String agencyResponsible,
        String serviceNotice,
        String requestedDatetime,
        String updatedDatetime,
        String expectedDatetime,
        String address,
        String addressId,
        String zipcode,
        Double lat,
        @JsonProperty("long") Double lon,
        String mediaUrl,
        String extendedStatus,
        String duplicateOf) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
}
