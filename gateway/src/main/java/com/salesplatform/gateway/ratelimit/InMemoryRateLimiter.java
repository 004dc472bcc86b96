package com.salesplatform.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import reactor.core.publisher.Mono;

/**
 * One Resilience4j rate limiter per key, in this gateway's memory (a fixed window). Past {@code maxKeys} keys
 * the idle ones (whose window is untouched) are forgotten, so a flood of new keys cannot exhaust memory.
 */
public class InMemoryRateLimiter implements KeyedRateLimiter {

    private final String name;
    private final RateLimiterConfig config;
    private final int limit;
    private final int maxKeys;
    private final Map<String, AtomicRateLimiter> limiters = new ConcurrentHashMap<>();

    public InMemoryRateLimiter(String name, RateLimitProperties.Limit limit, int maxKeys) {
        this.name = name;
        this.limit = limit.requests();
        this.maxKeys = maxKeys;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    @Override
    public Mono<Optional<Duration>> tryAcquire(String key) {
        return Mono.just(acquire(key));
    }

    private Optional<Duration> acquire(String key) {
        AtomicRateLimiter limiter = limiters.get(key);
        if (limiter == null) {
            if (limiters.size() >= maxKeys) {
                limiters.values().removeIf(idle -> idle.getMetrics().getAvailablePermissions() >= limit);
            }
            limiter = limiters.computeIfAbsent(key, newKey -> new AtomicRateLimiter(name + ":" + newKey, config));
        }
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(0, limiter.getDetailedMetrics().getNanosToWait())));
    }

    int trackedKeys() {
        return limiters.size();
    }
}
