package city.civic.integrations.cctv.mqtt;

import city.civic.integrations.cctv.OnvifEvent;
import city.civic.integrations.cctv.OnvifEvent.PropertyOperation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ONVIF events published by an event broker (ONVIF Core, "Event Broker"): topic
 * {@code TopicPrefix/onvif-ej/LocalTopic[/&SourceValue…]}, the topic's namespace prefixes dropped, and
 * an {@code onvif-ej} JSON payload {@code {"UtcTime", "PropertyOperation"?, "Source":{…}, "Data":{…}}}.
 * Also accepted, as devices and bridges write them: the same wrapped in {@code "Message"}, and items
 * as {@code {"SimpleItem":[{"Name","Value"}]}} lists.
 */
public final class OnvifMqttMessages {

    static final String PAYLOAD_PREFIX = "/onvif-ej/";

    private final JsonMapper json = JsonMapper.builder().build();

    /** Empty for anything else on the subscription (metadata, status) and for unreadable payloads. */
    public Optional<OnvifEvent> parse(String mqttTopic, byte[] payload, boolean retained) {
        int at = mqttTopic.indexOf(PAYLOAD_PREFIX);
        if (at <= 0) {
            return Optional.empty();
        }
        String producer = mqttTopic.substring(0, at);
        String localTopic = mqttTopic.substring(at + PAYLOAD_PREFIX.length());
        int sourceValues = localTopic.indexOf("/&");
        if (sourceValues >= 0) {
            localTopic = localTopic.substring(0, sourceValues);
        }
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode message = root.has("Message") && root.get("Message").isObject() ? root.get("Message") : root;
        return Optional.of(new OnvifEvent(producer, localTopic, time(text(message, "UtcTime")),
                operation(text(message, "PropertyOperation")), items(message.get("Source")),
                items(message.get("Data")), retained));
    }

    private static Map<String, String> items(JsonNode node) {
        Map<String, String> items = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return items;
        }
        JsonNode simple = node.get("SimpleItem");
        if (simple != null) {
            for (JsonNode item : simple.isArray() ? simple : json(simple)) {
                String name = text(item, "Name");
                String value = text(item, "Value");
                if (name != null && value != null) {
                    items.put(name, value);
                }
            }
            return items;
        }
        node.properties().forEach(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                items.put(field.getKey(), field.getValue().asString());
            }
        });
        return items;
    }

    private static Iterable<JsonNode> json(JsonNode single) {
        return java.util.List.of(single);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static PropertyOperation operation(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PropertyOperation.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
