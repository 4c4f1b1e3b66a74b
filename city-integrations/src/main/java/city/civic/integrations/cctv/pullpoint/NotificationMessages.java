package city.civic.integrations.cctv.pullpoint;

import city.civic.integrations.cctv.OnvifEvent;
import city.civic.integrations.cctv.OnvifEvent.PropertyOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * {@code wsnt:NotificationMessage}s into {@link OnvifEvent}s (ONVIF Core, "Notification message
 * format": {@code wsnt:Topic}, then {@code wsnt:Message/tt:Message UtcTime PropertyOperation} with
 * {@code tt:Source}, {@code tt:Key} and {@code tt:Data} simple items). The producer is the configured
 * device name, so camera-to-site mapping reads like MQTT's ({@code device/videoSource}).
 */
final class NotificationMessages {

    private NotificationMessages() {
    }

    /** Messages without a topic or a {@code tt:Message} are skipped: one bad message must not cost the rest. */
    static List<OnvifEvent> events(Element response, String producer) {
        List<OnvifEvent> events = new ArrayList<>();
        for (Element notification : Xml.children(response, "NotificationMessage")) {
            event(notification, producer).ifPresent(events::add);
        }
        return events;
    }

    static Optional<OnvifEvent> event(Element notification, String producer) {
        Optional<String> topic = Xml.text(notification, "Topic").filter(t -> !t.isEmpty());
        Optional<Element> message = Xml.child(notification, "Message").flatMap(Xml::firstElement);
        if (topic.isEmpty() || message.isEmpty()) {
            return Optional.empty();
        }
        Element tt = message.get();
        Map<String, String> data = items(tt, "Data");
        items(tt, "Key").forEach(data::putIfAbsent);
        return Optional.of(new OnvifEvent(producer, withoutPrefixes(topic.get()), Xml.time(tt.getAttribute("UtcTime")),
                operation(tt.getAttribute("PropertyOperation")), items(tt, "Source"), data, false));
    }

    private static Map<String, String> items(Element message, String group) {
        Map<String, String> items = new LinkedHashMap<>();
        Xml.child(message, group).ifPresent(element -> Xml.children(element, "SimpleItem").forEach(item -> {
            if (item.hasAttribute("Name") && item.hasAttribute("Value")) {
                items.put(item.getAttribute("Name"), item.getAttribute("Value"));
            }
        }));
        return items;
    }

    /** {@code tns1:RuleEngine/vendor:Fight} → {@code RuleEngine/Fight}, as the MQTT event broker writes topics. */
    static String withoutPrefixes(String topic) {
        return topic.trim().replaceAll("(^|/)[A-Za-z0-9_.-]+:", "$1").replaceAll("^/+|/+$", "");
    }

    private static PropertyOperation operation(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PropertyOperation.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
