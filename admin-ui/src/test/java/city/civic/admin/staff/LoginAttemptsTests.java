package city.civic.admin.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTests {

    final MutableClock clock = new MutableClock();
    final LoginAttempts attempts = new LoginAttempts(
            new StaffSecurityProperties.Login(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)), clock);

    @Test
    void anAccountIsLockedAfterTooManyFailuresAndFreedAfterTheLockout() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("Kim", "10.0.0.1");
        }

        assertThatThrownBy(() -> attempts.checkAllowed("kim", "10.0.0.9")).isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofMinutes(11));
        assertThatCode(() -> attempts.checkAllowed("kim", "10.0.0.9")).doesNotThrowAnyException();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        attempts.failed("lee", "10.0.0.1");
        attempts.failed("lee", "10.0.0.1");
        clock.advance(Duration.ofMinutes(16));
        attempts.failed("lee", "10.0.0.1");

        assertThatCode(() -> attempts.checkAllowed("lee", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void oneAddressGuessingManyAccountsIsLocked() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("user" + i, "10.0.0.2");
        }

        assertThatThrownBy(() -> attempts.checkAllowed("someone-else", "10.0.0.2"))
                .isInstanceOf(LoginThrottledException.class);
        assertThatCode(() -> attempts.checkAllowed("someone-else", "10.0.0.3")).doesNotThrowAnyException();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        attempts.failed("park", "10.0.0.4");
        attempts.failed("park", "10.0.0.4");
        attempts.succeeded("park");
        attempts.failed("park", "10.0.0.4");

        assertThatCode(() -> attempts.checkAllowed("park", "10.0.0.4")).doesNotThrowAnyException();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
