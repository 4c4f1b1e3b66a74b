package city.civic.integrations.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.integrations.TrafficInfo;
import city.civic.integrations.traffic.its.ItsTrafficInfo;
import city.civic.integrations.traffic.simulator.GitsSimulator;
import city.civic.integrations.traffic.simulator.ItsSimulator;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The one entry point: simulators by default, live mode refusing to start without its keys. */
class TrafficConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(Clock.class, () -> MutableClock.atSeoul(2026, 11, 25, 8, 35))
            .withUserConfiguration(TrafficConfiguration.class);

    @Test
    void theEmbeddedDefaultAnswersFromTheSimulators() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ItsSimulator.class).hasSingleBean(GitsSimulator.class);
            assertThat(context.getBean(ItsSimulator.class).baseUrl().getHost()).isEqualTo("127.0.0.1");
            HealthIndicator health = context.getBean("itsTrafficHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);

            TrafficInfo traffic = context.getBean(TrafficInfo.class);
            var snapshot = traffic.snapshot(List.of("1950010100", "1950030100"));

            assertThat(snapshot.speeds()).hasSize(2);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("circuitBreaker", "CLOSED")
                    .containsEntry("lastSuccessAgeSeconds", 0L);
        });
    }

    @Test
    void aSourceCanBeSwitchedOff() {
        runner.withPropertyValues("civic.integrations.traffic.its.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ItsTrafficInfo.class).hasBean("gitsTrafficHealthIndicator");
            assertThat(context.getBean(TrafficInfo.class).snapshot(List.of("1950010100")).unmeasuredLinkIds())
                    .containsExactly("1950010100");
        });
    }

    @Test
    void liveModeWithoutAKeyFailsAtStartUp() {
        runner.withPropertyValues("civic.integrations.traffic.mode=live",
                "civic.integrations.traffic.gits.service-key=k", "civic.integrations.traffic.gits.route-ids=1")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("civic.integrations.traffic.its.api-key is required"));
    }

    @Test
    void liveModeWithItsKeysStartsWithoutSimulators() {
        runner.withPropertyValues("civic.integrations.traffic.mode=live", "civic.integrations.traffic.its.api-key=k",
                "civic.integrations.traffic.gits.enabled=false").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(ItsSimulator.class)
                            .hasSingleBean(ItsTrafficInfo.class);
                    assertThat(context.getBean(TrafficInfo.class)).isInstanceOf(CombinedTrafficInfo.class);
                });
    }
}
