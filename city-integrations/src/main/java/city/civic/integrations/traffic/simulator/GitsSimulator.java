package city.civic.integrations.traffic.simulator;

import city.civic.integrations.traffic.FeedTimes;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Incident;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Link;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Reading;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Route;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Gyeonggi GITS REST-XML feed ({@code /api/rest/getRoadInfoList}, {@code getRoadLinkTrafficInfoList},
 * {@code getIncidentInfo}) for the simulated city and provincial roads: {@code <ServiceResult>} with
 * {@code msgHeader/headerCd} and records under {@code msgBody/itemList} (integrations.md §1.2).
 */
public final class GitsSimulator extends TrafficSimulator {

    /** What the next answers do instead of normal data. */
    public enum Fault {
        /** headerCd 7: the key is registered but suspended */
        KEY_SUSPENDED,
        /** headerCd 99 with a message, an unspecified server-side error */
        SERVICE_ERROR,
        /** HTTP 500 with an HTML page */
        HTML_500
    }

    private static final String SOURCE = "gits";
    private volatile Fault fault;
    private volatile String faultOperation;

    public GitsSimulator(SimulatedRoads roads, Clock clock, int port) {
        super(SOURCE, roads, clock, port);
        start(Map.of("/api/rest/getRoadInfoList", query -> answer("getRoadInfoList", query, this::routeItems),
                "/api/rest/getRoadLinkTrafficInfoList",
                query -> answer("getRoadLinkTrafficInfoList", query, () -> linkItems(query.get("routeId"))),
                "/api/rest/getIncidentInfo", query -> answer("getIncidentInfo", query, this::incidentItems)));
    }

    public void fail(Fault fault) {
        fail(fault, null);
    }

    /** Only this operation (e.g. {@code getIncidentInfo}) fails; null = all. */
    public void fail(Fault fault, String operation) {
        this.faultOperation = operation;
        this.fault = fault;
    }

    /** The routes the simulator publishes: what a city configures as {@code gits.route-ids}. */
    public List<String> routeIds() {
        return roads.routes().stream().map(Route::routeId).toList();
    }

    @Override
    public void reset() {
        super.reset();
        fault = null;
        faultOperation = null;
    }

    private Answer answer(String operation, Map<String, String> query, Supplier<List<Map<String, String>>> data) {
        Fault now = faultOperation == null || faultOperation.equals(operation) ? fault : null;
        if (now == Fault.HTML_500) {
            return html500();
        }
        if (now == Fault.KEY_SUSPENDED || query.getOrDefault("serviceKey", "").isBlank()) {
            return result(7, "SERVICE KEY IS NOT REGISTERED", List.of());
        }
        if (now == Fault.SERVICE_ERROR) {
            return result(99, "SYSTEM ERROR", List.of());
        }
        List<Map<String, String>> records = data.get();
        return records.isEmpty() ? result(4, "결과가 존재하지 않습니다.", records) : result(0, "정상적으로 처리되었습니다.", records);
    }

    private List<Map<String, String>> routeItems() {
        return roads.routes().stream().map(route -> Map.of("routeId", route.routeId(), "routeNm", route.routeName()))
                .toList();
    }

    private List<Map<String, String>> linkItems(String routeId) {
        return readings().stream().filter(reading -> reading.link().routeId().equals(routeId)).map(this::linkItem)
                .toList();
    }

    private Map<String, String> linkItem(Reading reading) {
        Link link = reading.link();
        boolean measured = measured(link);
        Map<String, String> item = new LinkedHashMap<>();
        item.put("collDate", FeedTimes.dashed(reading.slot(), SimulatedRoads.SEOUL));
        item.put("routeId", link.routeId());
        item.put("routeNm", link.roadName());
        item.put("linkId", link.linkId());
        item.put("startNodeId", link.startNodeId());
        item.put("startNodeNm", link.startNodeName());
        item.put("endNodeId", link.endNodeId());
        item.put("endNodeNm", link.endNodeName());
        item.put("spd", measured ? Integer.toString(reading.speedKmh()) : "0");
        item.put("vol", measured ? Integer.toString(reading.speedKmh() * 7) : "0");
        item.put("trvlTime", measured ? Integer.toString(reading.travelTimeSeconds()) : "0");
        int freeFlowSeconds = (int) Math.round(link.lengthMeters() / (link.freeFlowKmh() / 3.6));
        item.put("linkDelayTime", measured ? Integer.toString(Math.max(0, reading.travelTimeSeconds() - freeFlowSeconds))
                : "0");
        double ratio = reading.speedKmh() / link.freeFlowKmh();
        item.put("congGrade", !measured ? "0" : ratio >= 0.7 ? "1" : ratio >= 0.4 ? "2" : "3");
        return item;
    }

    private List<Map<String, String>> incidentItems() {
        return incidents().stream().map(this::incidentItem).toList();
    }

    private Map<String, String> incidentItem(Incident incident) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("regSeq", incident.id());
        item.put("inciType", incident.type());
        item.put("inciDesc", incident.message());
        item.put("inciplace1", roads.link(incident.linkId()).roadName());
        item.put("inciplace2", roads.link(incident.linkId()).endNodeName());
        item.put("linkId", incident.linkId());
        item.put("coord_x", Double.toString(incident.lon()));
        item.put("coord_y", Double.toString(incident.lat()));
        item.put("startDate", FeedTimes.compact(incident.startOn(clock.instant()), SimulatedRoads.SEOUL));
        item.put("estEndDate", FeedTimes.compact(incident.endOn(clock.instant()), SimulatedRoads.SEOUL));
        item.put("lanesBlocked", Integer.toString(incident.lanesBlocked()));
        return item;
    }

    private Answer result(int code, String message, List<Map<String, String>> records) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ServiceResult><comMsgHeader/>")
                .append("<msgHeader><headerCd>").append(code).append("</headerCd><headerMsg>").append(escape(message))
                .append("</headerMsg><itemCount>").append(records.size()).append("</itemCount></msgHeader><msgBody>");
        records.forEach(record -> {
            xml.append("<itemList>");
            record.forEach((k, v) -> xml.append('<').append(k).append('>').append(escape(v)).append("</").append(k)
                    .append('>'));
            xml.append("</itemList>");
        });
        return new Answer(200, "application/xml; charset=UTF-8", xml.append("</msgBody></ServiceResult>").toString());
    }
}
