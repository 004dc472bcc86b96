package com.salesplatform.gateway.ratelimit;

import java.time.Duration;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * A request-rate limit counted per key (a user or a client address): in this gateway's memory
 * ({@link InMemoryRateLimiter}) or shared by every replica in Redis ({@link SharedRateLimiter}), chosen by
 * {@code SALES_REDIS_URL} ({@link RateLimitConfiguration}).
 */
public interface KeyedRateLimiter {

    /** Takes one permit for the key: empty when granted, else how long until the next permit. */
    Mono<Optional<Duration>> tryAcquire(String key);
}
