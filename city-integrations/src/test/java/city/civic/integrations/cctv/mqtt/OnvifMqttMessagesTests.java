package city.civic.integrations.cctv.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.cctv.OnvifEvent;
import city.civic.integrations.cctv.OnvifEvent.PropertyOperation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OnvifMqttMessagesTests {

    final OnvifMqttMessages messages = new OnvifMqttMessages();

    @Test
    void readsTheCoreSpecExample() {
        OnvifEvent event = parse("gwangju-cam-0042/onvif-ej/RuleEngine/LoiteringDetector/ObjectIsLoitering/&1/2/ParkEntrance",
                """
                {"UtcTime":"2026-11-25T12:00:00Z","Source":{"VideoSource":"1","AnalyticsConfiguration":"2","Rule":"ParkEntrance"},"Data":{"ObjectId":"15","Since":"2026-11-25T11:55:00Z"}}
                """);

        assertThat(event.producer()).isEqualTo("gwangju-cam-0042");
        assertThat(event.topic()).isEqualTo("RuleEngine/LoiteringDetector/ObjectIsLoitering");
        assertThat(event.utcTime()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(event.operation()).isNull();
        assertThat(event.videoSource()).isEqualTo("1");
        assertThat(event.rule()).isEqualTo("ParkEntrance");
        assertThat(event.objectId()).isEqualTo("15");
        assertThat(event.occurrence()).isTrue();
    }

    @Test
    void readsTheMessageWrapperWithSimpleItemListsAndAMultiLevelPrefix() {
        OnvifEvent event = parse("city/east/cam-7/onvif-ej/RuleEngine/FieldDetector/ObjectsInside",
                """
                {"Message":{"UtcTime":"2026-11-25T12:00:00.120Z","PropertyOperation":"Changed",
                 "Source":{"SimpleItem":[{"Name":"VideoSourceConfigurationToken","Value":"vsc2"},{"Name":"Rule","Value":"Gate"}]},
                 "Data":{"SimpleItem":{"Name":"IsInside","Value":"false"}}}}
                """);

        assertThat(event.producer()).isEqualTo("city/east/cam-7");
        assertThat(event.operation()).isEqualTo(PropertyOperation.CHANGED);
        assertThat(event.videoSource()).isEqualTo("vsc2");
        assertThat(event.data()).containsEntry("IsInside", "false");
        assertThat(event.occurrence()).as("the object left: not news").isFalse();
    }

    @Test
    void aDeletedPropertyIsNoOccurrenceAndBooleansMayBeJsonBooleans() {
        OnvifEvent deleted = parse("cam/onvif-ej/RuleEngine/FieldDetector/ObjectsInside",
                "{\"UtcTime\":\"2026-11-25T12:00:00Z\",\"PropertyOperation\":\"Deleted\",\"Source\":{},\"Data\":{\"IsInside\":true}}");
        OnvifEvent motion = parse("cam/onvif-ej/RuleEngine/CellMotionDetector/Motion",
                "{\"UtcTime\":\"2026-11-25T12:00:00Z\",\"PropertyOperation\":\"Initialized\",\"Data\":{\"IsMotion\":true}}");

        assertThat(deleted.occurrence()).isFalse();
        assertThat(motion.operation()).isEqualTo(PropertyOperation.INITIALIZED);
        assertThat(motion.occurrence()).isTrue();
    }

    @Test
    void otherTopicsAndUnreadablePayloadsAreSkipped() {
        assertThat(messages.parse("cam/onvif-mj/VideoAnalytics/cam", "{}".getBytes(StandardCharsets.UTF_8), false))
                .isEmpty();
        assertThat(messages.parse("cam/onvif-ej/RuleEngine/X", "not json".getBytes(StandardCharsets.UTF_8), false))
                .isEmpty();
        assertThat(messages.parse("cam/onvif-ej/RuleEngine/X", "[1]".getBytes(StandardCharsets.UTF_8), false))
                .isEmpty();
        OnvifEvent badTime = parse("cam/onvif-ej/RuleEngine/X", "{\"UtcTime\":\"yesterday\"}");
        assertThat(badTime.utcTime()).isNull();
    }

    private OnvifEvent parse(String topic, String json) {
        return messages.parse(topic, json.getBytes(StandardCharsets.UTF_8), false).orElseThrow();
    }
}
