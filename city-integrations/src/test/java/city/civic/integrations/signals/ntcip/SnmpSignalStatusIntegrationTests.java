package city.civic.integrations.signals.ntcip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.integrations.CityDataUnavailableException;
import city.civic.integrations.SignalStatus.Condition;
import city.civic.integrations.SignalStatus.Flash;
import city.civic.integrations.SignalStatus.Part;
import city.civic.integrations.SignalStatus.Pattern;
import city.civic.integrations.signals.ControllerPolls;
import city.civic.integrations.signals.simulator.ScriptedState;
import city.civic.integrations.signals.simulator.SignalSimulator;
import city.civic.integrations.signals.simulator.SignalSimulator.Controller;
import city.civic.integrations.traffic.MutableClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real SNMPv2c on loopback against the in-process agent; timeouts shortened to 200 ms × 2. */
class SnmpSignalStatusIntegrationTests {

    static final Duration TIMEOUT = Duration.ofMillis(200);

    static SignalSimulator simulator;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:35:00Z"));
    SnmpSignalStatus signals;

    @BeforeAll
    static void startAgent() {
        simulator = new SignalSimulator(List.of(controller("SIG-001", ScriptedState.FLASH),
                controller("SIG-002", ScriptedState.NORMAL), controller("SIG-003", ScriptedState.DETECTOR_FAULT),
                controller("SIG-004", ScriptedState.FREE_PATTERN), controller("SIG-005", ScriptedState.MISSING_OBJECTS),
                controller("SIG-006", ScriptedState.NO_ANSWER), controller("SIG-007", ScriptedState.NORMAL),
                controller("SIG-008", ScriptedState.NORMAL)), 0);
    }

    @AfterAll
    static void stopAgent() {
        simulator.close();
    }

    @BeforeEach
    void client() {
        var breakerConfig = CircuitBreakerConfig.custom().slidingWindowSize(2).minimumNumberOfCalls(2)
                .failureRateThreshold(50).waitDurationInOpenState(Duration.ofSeconds(60))
                .permittedNumberOfCallsInHalfOpenState(1).clock(clock).build();
        signals = new SnmpSignalStatus(simulator.endpoints(), TIMEOUT, 1,
                new ControllerPolls(clock, new ControllerPolls.Settings(Duration.ofSeconds(30), Duration.ofSeconds(60)),
                        id -> CircuitBreaker.of(id, breakerConfig)),
                clock);
    }

    @AfterEach
    void closeClient() throws Exception {
        signals.close();
    }

    @Test
    void normal() {
        var status = signals.status("SIG-002");

        assertThat(status.flash()).isEqualTo(Flash.NOT_FLASHING);
        assertThat(status.conditions()).containsExactly(Condition.COORD_ACTIVE);
        assertThat(status.pattern()).isEqualTo(new Pattern(3));
        assertThat(status.phases().green()).containsExactly(2, 6);
        assertThat(status.phases().red()).containsExactly(1, 3, 4, 5, 7, 8);
        assertThat(status.readAt()).isEqualTo(clock.instant());
        assertThat(status.complete()).isTrue();
        assertThat(status.normal()).isTrue();
    }

    @Test
    void mmuFlash() {
        var status = signals.status("SIG-001");

        assertThat(status.flash()).isEqualTo(Flash.MMU);
        assertThat(status.conditions()).containsExactlyInAnyOrder(Condition.MMU_FLASH, Condition.TF_FLASH);
        assertThat(status.pattern().kind()).isEqualTo(Pattern.Kind.FLASH);
        assertThat(status.phases().green()).isEmpty();
        assertThat(status.flashing()).isTrue();
        assertThat(status.alarm()).isTrue();
        assertThat(status.normal()).isFalse();
    }

    @Test
    void detectorFault() {
        var status = signals.status("SIG-003");

        assertThat(status.conditions()).contains(Condition.DETECTOR_FAULT);
        assertThat(status.flashing()).isFalse();
        assertThat(status.alarm()).isTrue();
        assertThat(status.normal()).isFalse();
    }

    @Test
    void freePattern() {
        var status = signals.status("SIG-004");

        assertThat(status.pattern()).isEqualTo(new Pattern(254));
        assertThat(status.pattern().kind()).isEqualTo(Pattern.Kind.FREE);
        assertThat(status.conditions()).containsExactly(Condition.LOCAL_FREE);
        assertThat(status.flashing()).isFalse();
    }

    @Test
    void missingObjectsGiveAPartialStatusThatIsNeverNormal() {
        var status = signals.status("SIG-005");

        assertThat(status.missing()).containsExactlyInAnyOrder(Part.FLASH_STATUS, Part.UNIT_ALARMS_1,
                Part.UNIT_ALARMS_2, Part.SHORT_ALARMS);
        assertThat(status.flash()).isEqualTo(Flash.UNKNOWN);
        assertThat(status.conditions()).isEmpty();
        assertThat(status.pattern()).isEqualTo(new Pattern(3));
        assertThat(status.complete()).isFalse();
        assertThat(status.normal()).isFalse();
    }

    @Test
    void noAnswerIsUnavailableWithinTheTimeoutBudget() {
        int before = simulator.requests("SIG-006");
        long start = System.nanoTime();

        assertThatThrownBy(() -> signals.status("SIG-006")).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining("SIG-006").hasMessageContaining("no answer");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT.multipliedBy(2)).isLessThan(TIMEOUT.multipliedBy(2).plusMillis(500));
        assertThat(simulator.requests("SIG-006") - before).isEqualTo(2); // the request and one retry
    }

    @Test
    void anUnconfiguredControllerIsUnavailable() {
        assertThatThrownBy(() -> signals.status("SIG-999")).isInstanceOf(CityDataUnavailableException.class)
                .hasMessageContaining("not configured");
    }

    @Test
    void theCircuitBreakerOpensAndRecovers() {
        simulator.setState("SIG-007", ScriptedState.NO_ANSWER);
        try {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> signals.status("SIG-007")).isInstanceOf(CityDataUnavailableException.class);
            }
            int before = simulator.requests("SIG-007");
            long start = System.nanoTime();

            assertThatThrownBy(() -> signals.status("SIG-007")).hasMessageContaining("circuit breaker open");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
            assertThat(simulator.requests("SIG-007")).isEqualTo(before);
            assertThat(signals.counts().breakersOpen()).isEqualTo(1);

            simulator.setState("SIG-007", ScriptedState.NORMAL);
            clock.advance(Duration.ofSeconds(61));

            assertThat(signals.status("SIG-007").normal()).isTrue();
            assertThat(signals.counts().breakersOpen()).isZero();
        } finally {
            simulator.setState("SIG-007", ScriptedState.NORMAL);
        }
    }

    @Test
    void anAnswerIsReusedThenBridgesAFailedPollThenIsTooOld() {
        simulator.setState("SIG-008", ScriptedState.NORMAL);
        int before = simulator.requests("SIG-008");
        Instant readAt = signals.status("SIG-008").readAt();

        clock.advance(Duration.ofSeconds(20));
        assertThat(signals.status("SIG-008").readAt()).isEqualTo(readAt);
        assertThat(simulator.requests("SIG-008") - before).isEqualTo(1);

        simulator.setState("SIG-008", ScriptedState.FLASH);
        clock.advance(Duration.ofSeconds(11));
        assertThat(signals.status("SIG-008").flashing()).isTrue(); // polled again after 30 s
        assertThat(simulator.requests("SIG-008") - before).isEqualTo(2);

        try {
            simulator.setState("SIG-008", ScriptedState.NO_ANSWER);
            clock.advance(Duration.ofSeconds(31));
            var bridged = signals.status("SIG-008"); // the poll failed; 31 s old is within two poll periods
            assertThat(bridged.flashing()).isTrue();
            assertThat(Duration.between(bridged.readAt(), clock.instant())).hasSeconds(31);

            clock.advance(Duration.ofSeconds(30));
            assertThatThrownBy(() -> signals.status("SIG-008")).isInstanceOf(CityDataUnavailableException.class);
        } finally {
            simulator.setState("SIG-008", ScriptedState.NORMAL);
        }
    }

    private static Controller controller(String id, ScriptedState state) {
        return new Controller(id, id.toLowerCase(), state);
    }
}
