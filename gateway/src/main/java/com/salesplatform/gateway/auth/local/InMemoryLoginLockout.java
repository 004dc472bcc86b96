package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.salesplatform.gateway.auth.AuthProperties;

/** Lock-outs in this gateway's memory (one local gateway): a restart forgets the counts. */
public class InMemoryLoginLockout implements LoginLockout {

    /** Bound on the usernames tracked at once; past it, the ones not locked are forgotten first. */
    private static final int MAX_TRACKED = 100_000;

    private final int maxFailures;
    private final Duration duration;
    private final Clock clock;
    private final Map<String, Failures> failuresByUsername = new ConcurrentHashMap<>();

    public InMemoryLoginLockout(AuthProperties.Lockout settings, Clock clock) {
        this.maxFailures = settings.maxFailures();
        this.duration = settings.duration();
        this.clock = clock;
    }

    @Override
    public Optional<Duration> remainingLock(String username) {
        Failures failures = failuresByUsername.get(username);
        Instant now = clock.instant();
        if (failures == null || failures.lockedUntil() == null) {
            return Optional.empty();
        }
        if (!failures.lockedUntil().isAfter(now)) {
            failuresByUsername.remove(username, failures);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.lockedUntil()));
    }

    @Override
    public void recordFailure(String username) {
        if (failuresByUsername.size() >= MAX_TRACKED) {
            failuresByUsername.values().removeIf(failures -> failures.lockedUntil() == null);
        }
        failuresByUsername.compute(username, (name, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(duration) : null);
        });
    }

    @Override
    public void recordSuccess(String username) {
        failuresByUsername.remove(username);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
