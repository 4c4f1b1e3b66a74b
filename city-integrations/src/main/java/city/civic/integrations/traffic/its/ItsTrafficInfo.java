package city.civic.integrations.traffic.its;

import static city.civic.integrations.traffic.FeedValues.incidentType;
import static city.civic.integrations.traffic.FeedValues.integer;
import static city.civic.integrations.traffic.FeedValues.number;

import city.civic.integrations.TrafficInfo.RoadIncident;
import city.civic.integrations.traffic.FeedHttp;
import city.civic.integrations.traffic.FeedTimes;
import city.civic.integrations.traffic.Grading;
import city.civic.integrations.traffic.LinkReadings;
import city.civic.integrations.traffic.SourceGuard;
import city.civic.integrations.traffic.GuardedTrafficSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The national ITS open API: link speeds from {@code trafficInfo}, incidents from {@code eventInfo},
 * both for the city's bounding box as JSON (integrations.md §1.1; keys and service list at
 * https://www.its.go.kr/opendata/). A speed of 0 is "no measurement", never a jam. The service
 * answers only Korean addresses.
 */
public final class ItsTrafficInfo extends GuardedTrafficSource {

    static final String SOURCE = "its";

    /**
     * @param roadType the {@code type} parameter: {@code its} national roads, {@code ex} expressways, {@code all}
     * @param minX west longitude of the city's bounding box (WGS84); maxX east, minY south, maxY north
     */
    public record Endpoint(URI baseUrl, String apiKey, String roadType, double minX, double maxX, double minY,
            double maxY) {
    }

    private final Endpoint endpoint;
    private final FeedHttp http;
    private final Grading grading;
    private final ZoneId zone;
    private final ItsResponses responses = new ItsResponses();

    public ItsTrafficInfo(Endpoint endpoint, FeedHttp http, SourceGuard guard, Grading grading, ZoneId zone) {
        super(guard);
        this.endpoint = endpoint;
        this.http = http;
        this.grading = grading;
        this.zone = zone;
    }

    @Override
    protected LinkReadings fetchSpeeds() {
        var readings = new LinkReadings.Collector(SOURCE, grading::grade);
        for (Map<String, String> item : call("trafficInfo", Map.of("drcType", "all"))) {
            readings.add(item.get("linkId"), item.get("roadName"), item.get("roadDrcType"), number(item.get("speed")),
                    number(item.get("travelTime")), FeedTimes.parse(item.get("createdDate"), zone));
        }
        return readings.readings();
    }

    @Override
    protected List<RoadIncident> fetchIncidents() {
        return call("eventInfo", Map.of("eventType", "all")).stream().map(this::incident).toList();
    }

    private RoadIncident incident(Map<String, String> item) {
        // eventInfo has no stable id: the same event must keep its id from one call to the next
        String key = String.join("|", item.getOrDefault("eventType", ""), item.getOrDefault("roadName", ""),
                item.getOrDefault("linkId", ""), item.getOrDefault("startDate", ""),
                item.getOrDefault("coordX", ""), item.getOrDefault("coordY", ""));
        String message = item.get("message");
        return new RoadIncident("its-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)),
                incidentType(item.get("eventType")),
                message == null || message.isEmpty() ? item.get("eventDetailType") : message,
                FeedTimes.parse(item.get("startDate"), zone), item.get("linkId"),
                FeedTimes.parse(item.get("endDate"), zone), number(item.get("coordY")), number(item.get("coordX")),
                integer(item.get("lanesBlocked")), SOURCE);
    }

    private List<Map<String, String>> call(String operation, Map<String, String> extra) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("apiKey", endpoint.apiKey());
        query.put("type", endpoint.roadType());
        query.putAll(extra);
        query.put("minX", Double.toString(endpoint.minX()));
        query.put("maxX", Double.toString(endpoint.maxX()));
        query.put("minY", Double.toString(endpoint.minY()));
        query.put("maxY", Double.toString(endpoint.maxY()));
        query.put("getType", "json");
        return responses.items(http.get(FeedHttp.uri(endpoint.baseUrl(), operation, query), "application/json"));
    }
}
