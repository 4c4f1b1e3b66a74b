package city.civic.integrations.cctv;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One ONVIF event notification, whatever carried it (ONVIF Core, "Notification message": topic,
 * {@code tt:Message UtcTime PropertyOperation}, {@code Source} and {@code Data} simple items).
 *
 * @param producer who published it: the device's MQTT {@code TopicPrefix}
 * @param topic the topic without namespace prefixes, e.g. {@code RuleEngine/LineDetector/Crossed}
 * @param utcTime the device's time; null when missing
 * @param operation null for events that are not properties (e.g. line crossing)
 * @param retained delivered as a retained message: a replay of the past, not news
 */
public record OnvifEvent(String producer, String topic, Instant utcTime, PropertyOperation operation,
        Map<String, String> source, Map<String, String> data, boolean retained) {

    /** Data items that say whether a property's condition holds (ONVIF Analytics and Core topics). */
    private static final List<String> STATE_ITEMS = List.of("State", "IsInside", "IsMotion", "IsLoitering", "Active",
            "IsTamper");
    private static final List<String> VIDEO_SOURCE_ITEMS = List.of("VideoSource", "VideoSourceConfigurationToken",
            "Source", "VideoSourceToken");

    public enum PropertyOperation {
        INITIALIZED, CHANGED, DELETED
    }

    public OnvifEvent {
        source = Map.copyOf(source);
        data = Map.copyOf(data);
    }

    /**
     * Something happened: a one-shot event, or a property whose condition became (or, on a
     * synchronisation point, is) true. A condition turning false or a deleted property is not news.
     */
    public boolean occurrence() {
        if (operation == PropertyOperation.DELETED) {
            return false;
        }
        return STATE_ITEMS.stream().map(data::get).filter(v -> v != null).noneMatch(v -> v.equalsIgnoreCase("false"));
    }

    public String videoSource() {
        return VIDEO_SOURCE_ITEMS.stream().map(source::get).filter(v -> v != null).findFirst().orElse("");
    }

    public String rule() {
        return source.getOrDefault("Rule", "");
    }

    public String objectId() {
        return data.getOrDefault("ObjectId", "");
    }
}
