package city.civic.integrations.traffic.simulator;

import city.civic.integrations.traffic.FeedTimes;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Incident;
import city.civic.integrations.traffic.simulator.SimulatedRoads.Reading;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national ITS open API's {@code trafficInfo} and {@code eventInfo} for the simulated national
 * route links, in the shapes the live service was observed to use (integrations.md §1.1, §1.4),
 * including its faults on demand.
 */
public final class ItsSimulator extends TrafficSimulator {

    /** What the next answers do instead of normal data. */
    public enum Fault {
        /** JSON envelope, resultCode 30 SERVICE KEY IS NOT REGISTERED */
        KEY_NOT_REGISTERED,
        /** JSON envelope, resultCode 4001: personal daily quota exceeded */
        QUOTA_EXCEEDED,
        /** HTTP 200 with the data.go.kr gateway's XML, reason 22 (quota) */
        GATEWAY_QUOTA,
        /** HTTP 200 with the data.go.kr gateway's XML, reason 30 (key) */
        GATEWAY_KEY,
        /** the data, but as XML although JSON was asked for (the demo key does this) */
        XML_ANSWER,
        /** HTTP 500 with an HTML page */
        HTML_500
    }

    /** How {@code body.items} is written. */
    public enum Items {
        ARRAY, SINGLE_OBJECT, NESTED_ITEM
    }

    private static final String SOURCE = "its";
    private final JsonMapper json = JsonMapper.shared();
    private volatile Fault fault;
    private volatile String faultOperation;
    private volatile Items items = Items.ARRAY;
    private volatile boolean resultCodeAsText;

    public ItsSimulator(SimulatedRoads roads, Clock clock, int port) {
        super(SOURCE, roads, clock, port);
        start(Map.of("/trafficInfo", query -> answer("trafficInfo", query, this::trafficItems),
                "/eventInfo", query -> answer("eventInfo", query, this::eventItems)));
    }

    public void fail(Fault fault) {
        fail(fault, null);
    }

    /** Only this operation ({@code trafficInfo} or {@code eventInfo}) fails; null = both. */
    public void fail(Fault fault, String operation) {
        this.faultOperation = operation;
        this.fault = fault;
    }

    /** {@link Items#SINGLE_OBJECT} publishes only the first item, as the live service does for one result. */
    public void items(Items items) {
        this.items = items;
    }

    /** {@code "00"} instead of {@code 0}. */
    public void resultCodeAsText(boolean text) {
        this.resultCodeAsText = text;
    }

    @Override
    public void reset() {
        super.reset();
        fault = null;
        faultOperation = null;
        items = Items.ARRAY;
        resultCodeAsText = false;
    }

    private Answer answer(String operation, Map<String, String> query, Supplier<List<Map<String, String>>> data) {
        Fault now = faultOperation == null || faultOperation.equals(operation) ? fault : null;
        if (now == Fault.HTML_500) {
            return html500();
        }
        if (now == Fault.GATEWAY_QUOTA) {
            return gateway("LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR", 22);
        }
        if (now == Fault.GATEWAY_KEY) {
            return gateway("SERVICE_KEY_IS_NOT_REGISTERED_ERROR", 30);
        }
        if (now == Fault.KEY_NOT_REGISTERED || query.getOrDefault("apiKey", "").isBlank()) {
            return envelope(30, "SERVICE KEY IS NOT REGISTERED", List.of());
        }
        if (now == Fault.QUOTA_EXCEEDED) {
            return envelope(4001, "LIMITED NUMBER OF SERVICE REQUESTS EXCEEDS", List.of());
        }
        List<Map<String, String>> records = data.get();
        return now == Fault.XML_ANSWER ? xml(records) : envelope(0, "success", records);
    }

    private List<Map<String, String>> trafficItems() {
        return readings().stream().map(this::trafficItem).toList();
    }

    private Map<String, String> trafficItem(Reading reading) {
        boolean measured = measured(reading.link());
        Map<String, String> item = new LinkedHashMap<>();
        item.put("roadName", reading.link().roadName());
        item.put("roadDrcType", "1");
        item.put("linkNo", Integer.toString(roads.links(SOURCE).indexOf(reading.link()) + 1));
        item.put("linkId", reading.link().linkId());
        item.put("startNodeId", reading.link().startNodeId());
        item.put("endNodeId", reading.link().endNodeId());
        item.put("speed", measured ? Integer.toString(reading.speedKmh()) : "0");
        item.put("travelTime", measured ? Integer.toString(reading.travelTimeSeconds()) : "0");
        item.put("createdDate", FeedTimes.compact(reading.slot(), SimulatedRoads.SEOUL));
        return item;
    }

    private List<Map<String, String>> eventItems() {
        return incidents().stream().map(this::eventItem).toList();
    }

    private Map<String, String> eventItem(Incident incident) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("type", "국도");
        item.put("eventType", incident.type());
        item.put("eventDetailType", incident.detail());
        item.put("startDate", FeedTimes.compact(incident.startOn(clock.instant()), SimulatedRoads.SEOUL));
        item.put("endDate", ""); // often empty in the live feed
        item.put("coordX", Double.toString(incident.lon()));
        item.put("coordY", Double.toString(incident.lat()));
        item.put("linkId", incident.linkId());
        item.put("roadName", roads.link(incident.linkId()).roadName());
        item.put("roadNo", roads.link(incident.linkId()).roadNo());
        item.put("roadDrcType", "상행");
        item.put("lanesBlockType", "2");
        item.put("lanesBlocked", Integer.toString(incident.lanesBlocked()));
        item.put("message", incident.message());
        return item;
    }

    private Answer envelope(int code, String message, List<Map<String, String>> records) {
        ObjectNode root = json.createObjectNode();
        ObjectNode header = root.putObject("header");
        if (resultCodeAsText) {
            header.put("resultCode", String.format("%02d", code));
        } else {
            header.put("resultCode", code);
        }
        header.put("resultMsg", message);
        header.put("totalCount", records.size());
        ObjectNode body = root.putObject("body");
        body.put("totalCount", records.size());
        ArrayNode array = json.createArrayNode();
        records.forEach(record -> {
            ObjectNode item = array.addObject();
            record.forEach(item::put);
        });
        switch (items) {
            case ARRAY -> body.set("items", array);
            case SINGLE_OBJECT -> body.set("items", array.isEmpty() ? array : array.get(0));
            case NESTED_ITEM -> body.putObject("items").set("item", array);
        }
        return new Answer(200, "application/json; charset=UTF-8", json.writeValueAsString(root));
    }

    private Answer xml(List<Map<String, String>> records) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><header>"
                + "<resultCode>0</resultCode><resultMsg>success</resultMsg></header><body><items>");
        records.forEach(record -> {
            xml.append("<item>");
            record.forEach((k, v) -> xml.append('<').append(k).append('>').append(escape(v)).append("</").append(k)
                    .append('>'));
            xml.append("</item>");
        });
        return new Answer(200, "text/xml; charset=UTF-8", xml.append("</items></body></response>").toString());
    }

    private static Answer gateway(String authMessage, int reason) {
        return new Answer(200, "text/xml; charset=UTF-8", "<OpenAPI_ServiceResponse><cmmMsgHeader>"
                + "<errMsg>SERVICE ERROR</errMsg><returnAuthMsg>" + authMessage + "</returnAuthMsg>"
                + "<returnReasonCode>" + reason + "</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>");
    }
}
