package city.civic.admin.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A ticket as {@code GET requests.json} shows it to anyone: nothing identifies the citizen (no contact,
 * no conversation id); fields the platform does not know are null rather than absent.
 *
 * @param status {@code open} or {@code closed}, the only two the spec has
 * @param statusNotes the platform's finer status in words, then the note the citizen hears when there is one
 * @param description always null here: the citizen's own words are for staff only
 * @param address the gazetteer's name of the place, when the report was matched to one (never the
 *     location as the citizen typed it)
 * @param addressId the gazetteer place, when the report was matched to one
 * @param extendedStatus beyond the spec: the platform's own status ({@code received}, {@code assigned},
 *     {@code in_progress}, {@code resolved}, {@code closed}, {@code duplicate}); spec clients ignore it
 * @param duplicateOf beyond the spec: for a duplicate, the request it repeats
 * @see <a href="http://wiki.open311.org/GeoReport_v2#GET_Service_Requests">GET Service Requests</a>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ServiceRequest(
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
}
