package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.salesplatform.gateway.auth.AuthProperties;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Lock-outs in Redis, shared by every gateway replica, so that guesses spread over the replicas are counted
 * together. Keys under the configured prefix: {@code lockout:failures:<username>}, counted with {@code INCR}
 * (forgotten a day after the last failure), and {@code lockout:locked:<username>} = the end of the lock, expiring
 * with it. The lock's end is decided with the clock, as in memory.
 * <p>
 * Blocking calls: use it off the event loop. When Redis is down every call fails: no one logs in (503) rather
 * than a locked username guessing on.
 */
public class RedisLoginLockout implements LoginLockout {

    /** How long a count of consecutive failures is kept after the last one. */
    private static final Duration FAILURES_KEPT = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final int maxFailures;
    private final Duration duration;
    private final Clock clock;

    public RedisLoginLockout(StringRedisTemplate redis, String keyPrefix, AuthProperties.Lockout settings,
            Clock clock) {
        this.redis = redis;
        this.prefix = keyPrefix + "lockout:";
        this.maxFailures = settings.maxFailures();
        this.duration = settings.duration();
        this.clock = clock;
    }

    @Override
    public Optional<Duration> remainingLock(String username) {
        String lockedUntil = redis.opsForValue().get(lockedKey(username));
        if (lockedUntil == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant until = Instant.ofEpochMilli(Long.parseLong(lockedUntil));
        if (!until.isAfter(now)) {
            redis.delete(lockedKey(username));
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    @Override
    public void recordFailure(String username) {
        String failures = prefix + "failures:" + username;
        Long count = redis.opsForValue().increment(failures);
        redis.expire(failures, FAILURES_KEPT);
        if (count != null && count >= maxFailures) {
            redis.opsForValue().set(lockedKey(username),
                    Long.toString(clock.instant().plus(duration).toEpochMilli()), duration);
            redis.delete(failures);
        }
    }

    @Override
    public void recordSuccess(String username) {
        redis.delete(prefix + "failures:" + username);
    }

    private String lockedKey(String username) {
        return prefix + "locked:" + username;
    }
}
