package city.civic.admin.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Failed sign-ins per account and per client address. Too many within the window lock that key for a
 * while: a password guesser gets a few tries per account and per address, and the real user's next try
 * after the lockout works again. Kept in memory: a restart forgets locks, which only ever helps users.
 */
final class LoginAttempts {

    private final StaffSecurityProperties.Login policy;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    LoginAttempts(StaffSecurityProperties.Login policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        Duration keep = policy.window().compareTo(policy.lockout()) > 0 ? policy.window() : policy.lockout();
        this.failures = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(100_000).build();
    }

    /** @throws LoginThrottledException while the account or the address is locked */
    void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(accountKey(username), now), remaining(addressKey(address), now));
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(accountKey(username), policy.maxFailures(), now);
        record(addressKey(address), policy.maxFailuresPerAddress(), now);
    }

    void succeeded(String username) {
        failures.invalidate(accountKey(username));
    }

    private void record(String key, int limit, Instant now) {
        failures.asMap().compute(key, (k, current) -> {
            Failures base = current == null || current.windowStart.plus(policy.window()).isBefore(now)
                    ? new Failures(now, 0, null) : current;
            int count = base.count + 1;
            Instant lockedUntil = count >= limit ? now.plus(policy.lockout()) : base.lockedUntil;
            return new Failures(base.windowStart, count, lockedUntil);
        });
    }

    private Duration remaining(String key, Instant now) {
        Failures current = failures.getIfPresent(key);
        if (current == null || current.lockedUntil == null || !current.lockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, current.lockedUntil);
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
    }
}
