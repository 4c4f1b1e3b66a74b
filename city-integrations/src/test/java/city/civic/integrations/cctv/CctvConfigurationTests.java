package city.civic.integrations.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.integrations.CctvIncidents;
import city.civic.integrations.CctvIncidents.CctvEventType;
import city.civic.integrations.cctv.mqtt.OnvifMqttSubscriber;
import city.civic.integrations.cctv.pullpoint.FakePullPoint;
import city.civic.integrations.cctv.simulator.CctvEventSimulator;
import city.civic.integrations.cctv.simulator.EmbeddedMqttBroker;
import city.civic.integrations.cctv.simulator.SimulatedCameras;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The one entry point: embedded broker and simulator by default, the city's broker with mode=mqtt. */
class CctvConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("civic.integrations.cctv.settle-after-connect=100ms")
            .withUserConfiguration(CctvConfiguration.class);

    @Test
    void theEmbeddedDefaultHearsTheSimulatedCamerasOverItsOwnBroker() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EmbeddedMqttBroker.class).hasSingleBean(CctvEventSimulator.class)
                    .hasSingleBean(CctvIncidents.class);
            assertThat(context.getBean(EmbeddedMqttBroker.class).url()).startsWith("tcp://127.0.0.1:");
            CctvIncidents incidents = context.getBean(CctvIncidents.class);
            HealthIndicator health = context.getBean("cctvEventsHealthIndicator", HealthIndicator.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getStatus().equals(Status.UP));

            var simulator = context.getBean(CctvEventSimulator.class);
            simulator.publish(simulator.event("market-loitering", "7", Instant.now()));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !incidents.recent("CCTV-002", Duration.ofMinutes(5)).events().isEmpty());
            var awareness = incidents.recent("CCTV-002", Duration.ofMinutes(5));
            assertThat(awareness.known()).isTrue();
            assertThat(awareness.events().get(0).type()).isEqualTo(CctvEventType.LOITERING);
            assertThat(health.health().getDetails()).containsEntry("connected", true).containsKey("lastEventAgeSeconds");
        });
    }

    @Test
    void theSimulatorsSequenceIsTheSameForTheSameSeed() {
        var cameras = SimulatedCameras.load();
        try (var a = new CctvEventSimulator(cameras, "tcp://127.0.0.1:1", "", Clock.systemUTC(), 7);
                var b = new CctvEventSimulator(cameras, "tcp://127.0.0.1:1", "", Clock.systemUTC(), 7)) {
            for (int i = 0; i < 10; i++) {
                var x = a.next();
                var y = b.next();
                assertThat(x.topic()).isEqualTo(y.topic());
                assertThat(x.data().get("ObjectId")).isEqualTo(y.data().get("ObjectId"));
            }
        }
    }

    @Test
    void mqttModeSubscribesToTheConfiguredBrokerWithoutEmbeddedParts() {
        runner.withPropertyValues("civic.integrations.cctv.mode=mqtt",
                "civic.integrations.cctv.broker.url=tcp://127.0.0.1:1883",
                "civic.integrations.cctv.topic-filters=civic-config-test/+/onvif-ej/#",
                "civic.integrations.cctv.cameras[civic-config-test/cam-1/1]=CCTV-004",
                "civic.integrations.cctv.topics[VideoAnalytics/Fall]=FALL").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMqttBroker.class)
                            .doesNotHaveBean(CctvEventSimulator.class).hasSingleBean(OnvifMqttSubscriber.class);
                    CctvIncidents incidents = context.getBean(CctvIncidents.class);
                    await().atMost(Duration.ofSeconds(10))
                            .until(() -> incidents.recent("CCTV-004", Duration.ofMinutes(5)).known());
                    var properties = context.getBean(CctvProperties.class);
                    assertThat(properties.topics()).containsEntry("VideoAnalytics/Fall", CctvEventType.FALL);
                });
    }

    @Test
    void mqttModeWithoutABrokerFailsAtStartUp() {
        runner.withPropertyValues("civic.integrations.cctv.mode=mqtt",
                "civic.integrations.cctv.cameras[cam]=CCTV-001")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("civic.integrations.cctv.broker.url is required"));
    }

    @Test
    void offMeansNoPortAndNoBroker() {
        runner.withPropertyValues("civic.integrations.cctv.mode=off").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(CctvIncidents.class).doesNotHaveBean(EmbeddedMqttBroker.class));
    }

    @Test
    void aBrokerThatIsDownAtStartUpIsHealthDownAndUnknownNotEmpty() {
        runner.withPropertyValues("civic.integrations.cctv.mode=mqtt", "civic.integrations.cctv.broker.url=tcp://127.0.0.1:1",
                "civic.integrations.cctv.cameras[cam]=CCTV-001").run(context -> {
                    assertThat(context).hasNotFailed();
                    HealthIndicator health = context.getBean("cctvEventsHealthIndicator", HealthIndicator.class);
                    await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getDetails().containsKey("lastError"));
                    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                    assertThat(context.getBean(CctvIncidents.class).recent("CCTV-001", Duration.ofMinutes(5)).known())
                            .isFalse();
                });
    }

    @Test
    void pullPointModePollsTheListedDevicesWithoutABroker() throws Exception {
        try (var device = new FakePullPoint()) {
            runner.withPropertyValues("civic.integrations.cctv.mode=pullpoint",
                    "civic.integrations.cctv.pullpoint.devices.old-nvr.url=" + device.eventServiceUrl(),
                    "civic.integrations.cctv.pullpoint.pull-timeout=200ms",
                    "civic.integrations.cctv.cameras[old-nvr/1]=CCTV-007").run(context -> {
                        assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMqttBroker.class)
                                .doesNotHaveBean(OnvifMqttSubscriber.class);
                        CctvIncidents incidents = context.getBean(CctvIncidents.class);
                        HealthIndicator health = context.getBean("cctvEventsHealthIndicator", HealthIndicator.class);
                        await().atMost(Duration.ofSeconds(5)).until(() -> health.health().getStatus().equals(Status.UP));
                        device.publish(FakePullPoint.notification("tns1:RuleEngine/LoiteringDetector/ObjectIsLoitering",
                                Instant.now(), null, Map.of("VideoSource", "1"), Map.of("ObjectId", "4")));
                        await().atMost(Duration.ofSeconds(5))
                                .until(() -> !incidents.recent("CCTV-007", Duration.ofMinutes(5)).events().isEmpty());
                        assertThat(incidents.recent("CCTV-007", Duration.ofMinutes(5)).known()).isTrue();
                    });
            assertThat(device.unsubscribes).as("unsubscribed when the context closed").hasValue(1);
        }
    }

    @Test
    void withMqttAndAPullPointDeviceAwarenessNeedsBothAndHealthListsEach() {
        runner.withPropertyValues("civic.integrations.cctv.mode=embedded",
                "civic.integrations.cctv.embedded.simulator=false",
                "civic.integrations.cctv.pullpoint.devices.gone.url=http://127.0.0.1:1/onvif/event_service",
                "civic.integrations.cctv.pullpoint.request-timeout=300ms").run(context -> {
                    HealthIndicator health = context.getBean("cctvEventsHealthIndicator", HealthIndicator.class);
                    await().atMost(Duration.ofSeconds(10)).until(() -> context.getBean(RecentCctvIncidents.class)
                            .feeds().get("mqtt").known(Instant.now()));
                    assertThat(context.getBean(CctvIncidents.class).recent("CCTV-002", Duration.ofMinutes(5)).known())
                            .as("the PullPoint device is unreachable").isFalse();
                    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.health().getDetails()).extractingByKey("feeds").asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKeys("mqtt", "pullpoint:gone");
                });
    }

    @Test
    void pullPointModeWithoutDevicesFailsAtStartUp() {
        runner.withPropertyValues("civic.integrations.cctv.mode=pullpoint",
                "civic.integrations.cctv.cameras[cam]=CCTV-001")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("civic.integrations.cctv.pullpoint.devices is required"));
    }
}
