package city.civic.integrations.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import city.civic.integrations.traffic.its.ItsTrafficInfo;
import city.civic.integrations.traffic.simulator.ItsSimulator;
import city.civic.integrations.traffic.simulator.SimulatedRoads;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class TrafficSourceHealthIndicatorTests {

    final MutableClock clock = MutableClock.atSeoul(2026, 11, 25, 8, 35);
    final ItsSimulator simulator = new ItsSimulator(SimulatedRoads.load(42), clock, 0);
    final ItsTrafficInfo its = TestSources.its(simulator, clock);
    final TrafficSourceHealthIndicator health = new TrafficSourceHealthIndicator(its, clock);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void downWithTheBreakerStateTheErrorAndTheAgeOfTheLastSuccess() {
        its.snapshot(List.of("1950010100"));
        simulator.fail(ItsSimulator.Fault.GATEWAY_KEY);
        clock.advance(Duration.ofMinutes(6));
        catchThrowable(() -> its.snapshot(List.of("1950010700")));

        Health down = health.health();

        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("source", "its").containsEntry("circuitBreaker", "CLOSED")
                .containsEntry("lastSuccessAgeSeconds", 360L).containsKey("lastError");
        assertThat(down.getDetails().get("lastError").toString()).contains("KEY").doesNotContain("test-key");
    }

    @Test
    void downWhileTheBreakerIsOpen() {
        simulator.fail(ItsSimulator.Fault.QUOTA_EXCEEDED);
        for (int i = 0; i < 4; i++) {
            catchThrowable(() -> its.snapshot(List.of("1950010100")));
        }

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("circuitBreaker", "OPEN");
    }
}
