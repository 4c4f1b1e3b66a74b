package city.civic.integrations.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.SignalStatus;
import city.civic.integrations.SignalStatus.Flash;
import city.civic.integrations.signals.simulator.ScriptedState;
import city.civic.integrations.signals.simulator.SignalSimulator;
import city.civic.integrations.traffic.MutableClock;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The one entry point: the in-process agent with the pack's controllers by default, live mode from configuration. */
class SignalConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(Clock.class, () -> MutableClock.atSeoul(2026, 11, 25, 8, 35))
            .withPropertyValues("civic.integrations.signals.timeout=200ms")
            .withUserConfiguration(SignalConfiguration.class);

    @Test
    void theEmbeddedDefaultServesEveryPackControllerWithCityHallFlashing() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SignalSimulator.class).hasSingleBean(SignalStatus.class);
            assertThat(context.getBean(SignalSimulator.class).address()).startsWith("udp:127.0.0.1/");
            HealthIndicator health = context.getBean("signalControllersHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.health().getDetails()).containsEntry("configured", 8);

            SignalStatus signals = context.getBean(SignalStatus.class);
            var cityHall = signals.status("SIG-001");
            assertThat(cityHall.flash()).isEqualTo(Flash.MMU);
            assertThat(cityHall.flashing()).isTrue();
            assertThat(signals.status("SIG-003").conditions()).contains(SignalStatus.Condition.DETECTOR_FAULT);
            for (String id : new String[] {"SIG-002", "SIG-004", "SIG-005", "SIG-006", "SIG-007", "SIG-008"}) {
                assertThat(signals.status(id).normal()).as(id).isTrue();
            }

            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("polled", 8).containsEntry("answering", 8)
                    .containsEntry("circuitBreakersOpen", 0);
        });
    }

    @Test
    void healthIsUpWithOneDeadControllerAndDownWhenNoneAnswers() {
        runner.withPropertyValues("civic.integrations.signals.refresh=0s").run(context -> {
            SignalSimulator simulator = context.getBean(SignalSimulator.class);
            SignalStatus signals = context.getBean(SignalStatus.class);
            HealthIndicator health = context.getBean("signalControllersHealthIndicator", HealthIndicator.class);
            signals.status("SIG-002");
            simulator.setState("SIG-004", ScriptedState.NO_ANSWER);
            assertThatThrownBy(() -> signals.status("SIG-004")).isInstanceOf(CityDataUnavailableException.class);

            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("answering", 1).containsEntry("failing", 1);

            simulator.setState("SIG-002", ScriptedState.NO_ANSWER);
            signals.status("SIG-002"); // the answer of a moment ago bridges the failed poll
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void liveModeWithoutControllersFailsAtStartUp() {
        runner.withPropertyValues("civic.integrations.signals.mode=live")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("civic.integrations.signals.controllers is required"));
    }

    @Test
    void liveModeTakesTheConfiguredControllersWithoutTheAgent() {
        runner.withPropertyValues("civic.integrations.signals.mode=live",
                "civic.integrations.signals.controllers.SIG-001=udp:127.0.0.1/9",
                "civic.integrations.signals.communities.SIG-001=gwangju-ro", "civic.integrations.signals.retries=0")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(SignalSimulator.class);
                    SignalStatus signals = context.getBean(SignalStatus.class);
                    assertThatThrownBy(() -> signals.status("SIG-001"))
                            .isInstanceOf(CityDataUnavailableException.class);
                    assertThatThrownBy(() -> signals.status("SIG-002")).hasMessageContaining("not configured");
                });
    }
}
