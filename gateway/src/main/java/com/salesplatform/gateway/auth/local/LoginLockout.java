package com.salesplatform.gateway.auth.local;

import java.time.Duration;
import java.util.Optional;

/**
 * Locks a username after {@code maxFailures} consecutive wrong passwords, for {@code duration}. Unknown usernames
 * are counted and locked exactly like known ones, so the lock tells nothing about which usernames exist. A
 * success resets the count. In this gateway's memory ({@link InMemoryLoginLockout}) or, shared by every gateway
 * replica, in Redis ({@link RedisLoginLockout}).
 */
public interface LoginLockout {

    /** How long the username stays locked, or empty when it may try to log in. */
    Optional<Duration> remainingLock(String username);

    void recordFailure(String username);

    void recordSuccess(String username);
}
