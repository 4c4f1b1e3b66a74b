package city.civic.integrations.cctv;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.CctvIncidents.CctvEventType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicMappingTests {

    final TopicMapping defaults = TopicMapping.withDefaults(Map.of());

    @ParameterizedTest
    @CsvSource({
            "RuleEngine/FieldDetector/ObjectsInside, INTRUSION",
            "tns1:RuleEngine/FieldDetector/ObjectsInside, INTRUSION",
            "RuleEngine/LineDetector/Crossed, INTRUSION",
            "RuleEngine/LoiteringDetector/ObjectIsLoitering, LOITERING",
            "tns1:RuleEngine/ObjectAbandoned, ABANDONED_OBJECT",
            "RuleEngine/Radiometry/TemperatureAlarm, FIRE" })
    void standardRulesMapToTheirType(String topic, CctvEventType type) {
        assertThat(defaults.typeOf(topic)).contains(type);
    }

    @Test
    void motionTamperingAndCountersAreNotIncidents() {
        assertThat(defaults.typeOf("RuleEngine/CellMotionDetector/Motion")).isEmpty();
        assertThat(defaults.typeOf("VideoSource/GlobalSceneChange/ImagingService")).isEmpty();
        assertThat(defaults.typeOf("RuleEngine/CountAggregation/Counter")).isEmpty();
        assertThat(defaults.typeOf("RuleEngine/LineDetectorX/Crossed")).as("whole segments only").isEmpty();
    }

    @Test
    void vendorTopicsComeFromConfigurationAndMayOverrideDefaults() {
        var mapping = TopicMapping.withDefaults(Map.of("acme:VideoAnalytics/Fight", CctvEventType.FIGHT,
                "VideoAnalytics/PersonFall", CctvEventType.FALL, "RuleEngine/LineDetector", CctvEventType.OTHER));

        assertThat(mapping.typeOf("VideoAnalytics/Fight/Detected")).contains(CctvEventType.FIGHT);
        assertThat(mapping.typeOf("acme:VideoAnalytics/PersonFall")).contains(CctvEventType.FALL);
        assertThat(mapping.typeOf("RuleEngine/LineDetector/Crossed")).as("the longer default still wins")
                .contains(CctvEventType.INTRUSION);
        assertThat(mapping.typeOf("RuleEngine/LineDetector/Other")).contains(CctvEventType.OTHER);
    }
}
