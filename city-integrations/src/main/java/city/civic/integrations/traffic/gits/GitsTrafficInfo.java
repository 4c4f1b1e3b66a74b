package city.civic.integrations.traffic.gits;

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
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Gyeonggi traffic information centre (GITS): speeds of the links of the configured routes from
 * {@code getRoadLinkTrafficInfoList}, incidents from {@code getIncidentInfo}. It covers the city and
 * provincial roads the national feed leaves out.
 */
public final class GitsTrafficInfo extends GuardedTrafficSource {

    static final String SOURCE = "gits";

    /** @param routeIds GITS {@code routeId}s of the city's roads (from {@code getRoadInfoList}) */
    public record Endpoint(URI baseUrl, String serviceKey, List<String> routeIds) {

        public Endpoint {
            routeIds = List.copyOf(routeIds);
        }
    }

    private final Endpoint endpoint;
    private final FeedHttp http;
    private final Grading grading;
    private final ZoneId zone;
    private final GitsResponses responses = new GitsResponses();

    public GitsTrafficInfo(Endpoint endpoint, FeedHttp http, SourceGuard guard, Grading grading, ZoneId zone) {
        super(guard);
        this.endpoint = endpoint;
        this.http = http;
        this.grading = grading;
        this.zone = zone;
    }

    /** Route by route; the first failing route fails the whole answer, so a hung feed costs one timeout. */
    @Override
    protected LinkReadings fetchSpeeds() {
        var readings = new LinkReadings.Collector(SOURCE, grading::grade);
        for (String routeId : endpoint.routeIds()) {
            for (Map<String, String> item : call("getRoadLinkTrafficInfoList", Map.of("routeId", routeId))) {
                readings.add(item.get("linkId"), item.get("routeNm"), item.get("endNodeNm"), number(item.get("spd")),
                        number(item.get("trvlTime")), FeedTimes.parse(item.get("collDate"), zone));
            }
        }
        return readings.readings();
    }

    @Override
    protected List<RoadIncident> fetchIncidents() {
        return call("getIncidentInfo", Map.of()).stream()
                .filter(item -> item.get("regSeq") != null && !item.get("regSeq").isEmpty())
                .map(item -> new RoadIncident("gits-" + item.get("regSeq"), incidentType(item.get("inciType")),
                        item.get("inciDesc"), FeedTimes.parse(item.get("startDate"), zone), item.get("linkId"),
                        FeedTimes.parse(item.get("estEndDate"), zone), number(item.get("coord_y")),
                        number(item.get("coord_x")), integer(item.get("lanesBlocked")), SOURCE))
                .toList();
    }

    private List<Map<String, String>> call(String operation, Map<String, String> parameters) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("serviceKey", endpoint.serviceKey());
        query.putAll(parameters);
        return responses.items(http.get(FeedHttp.uri(endpoint.baseUrl(), "api/rest/" + operation, query),
                "application/xml"));
    }
}
