package city.civic.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Token buckets keyed by conversation or client address: a flood from one client is refused with a
 * clear "slow down" while everybody else is served. Buckets of idle keys are forgotten.
 */
public final class RateLimiter {

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    /** Takes one token; returns 0 when allowed, else the seconds to wait. */
    public long tryAcquire(String key, int capacity, double refillPerSecond) {
        return buckets.get(key, k -> new Bucket(capacity, refillPerSecond)).take();
    }

    private static final class Bucket {
        private final int capacity;
        private final double refillPerNano;
        private double tokens;
        private long updated = System.nanoTime();

        Bucket(int capacity, double refillPerSecond) {
            this.capacity = capacity;
            this.refillPerNano = refillPerSecond / 1e9;
            this.tokens = capacity;
        }

        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - updated) * refillPerNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / refillPerNano / 1e9);
        }
    }
}
