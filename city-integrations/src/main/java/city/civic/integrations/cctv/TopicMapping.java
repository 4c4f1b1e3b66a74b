package city.civic.integrations.cctv;

import city.civic.integrations.CctvIncidents.CctvEventType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ONVIF topics to event types, by the longest configured topic prefix (whole segments). Defaults
 * cover the standard rules of the ONVIF Analytics spec ("Specified Rules"); fight, fall and arson have
 * no standard topic, so each vendor's topics are added by configuration. Topics mapped to nothing
 * (motion, tampering, counters) are not incidents and are ignored.
 */
public final class TopicMapping {

    static final Map<String, CctvEventType> DEFAULTS = Map.of(
            "RuleEngine/FieldDetector/ObjectsInside", CctvEventType.INTRUSION,
            "RuleEngine/LineDetector/Crossed", CctvEventType.INTRUSION,
            "RuleEngine/LoiteringDetector", CctvEventType.LOITERING,
            "RuleEngine/ObjectAbandoned", CctvEventType.ABANDONED_OBJECT,
            "RuleEngine/Radiometry/TemperatureAlarm", CctvEventType.FIRE);

    private final Map<String, CctvEventType> topics;

    private TopicMapping(Map<String, CctvEventType> topics) {
        this.topics = topics;
    }

    /** The defaults, then {@code configured} (which may override them). */
    public static TopicMapping withDefaults(Map<String, CctvEventType> configured) {
        Map<String, CctvEventType> topics = new LinkedHashMap<>(DEFAULTS);
        configured.forEach((topic, type) -> topics.put(normalise(topic), type));
        return new TopicMapping(Map.copyOf(topics));
    }

    public Optional<CctvEventType> typeOf(String topic) {
        String candidate = normalise(topic);
        while (!candidate.isEmpty()) {
            CctvEventType type = topics.get(candidate);
            if (type != null) {
                return Optional.of(type);
            }
            int slash = candidate.lastIndexOf('/');
            candidate = slash < 0 ? "" : candidate.substring(0, slash);
        }
        return Optional.empty();
    }

    /** Drops namespace prefixes ({@code tns1:RuleEngine/…}), as the MQTT event broker does. */
    static String normalise(String topic) {
        return topic.replaceAll("(^|/)[A-Za-z0-9_.-]+:", "$1").replaceAll("^/+|/+$", "");
    }
}
