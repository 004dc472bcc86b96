package com.salesplatform.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * A limit counted in Redis by Spring Cloud Gateway's {@link RedisRateLimiter} (a token bucket in one Lua script,
 * with Redis's clock), so every gateway replica draws on the same count. "{@code requests} per {@code period}" is
 * a bucket of {@code requests × period} tokens refilled by {@code requests} tokens a second, of which a request
 * takes {@code period} (in whole seconds): on average the limit, in a burst at most {@code requests}.
 * <p>
 * When Redis cannot be reached, {@code RedisRateLimiter} lets the request through (and logs it): a Redis outage
 * suspends the limit instead of the API.
 */
public class SharedRateLimiter implements KeyedRateLimiter {

    private final String name;
    private final String keyPrefix;
    private final RedisRateLimiter.Config config;
    private final RedisRateLimiter limiter;

    public SharedRateLimiter(String name, RateLimitProperties.Limit limit, String keyPrefix,
            ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script, ConfigurationService configuration) {
        long periodSeconds = limit.period().toSeconds();
        if (periodSeconds < 1 || !limit.period().equals(Duration.ofSeconds(periodSeconds))) {
            throw new IllegalArgumentException("A rate limit shared in Redis counts whole seconds; " + name
                    + " has the period " + limit.period());
        }
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.config = new RedisRateLimiter.Config()
                .setReplenishRate(limit.requests())
                .setBurstCapacity(Math.toIntExact(limit.requests() * periodSeconds))
                .setRequestedTokens(Math.toIntExact(periodSeconds));
        this.limiter = new RedisRateLimiter(redis, script, configuration);
        this.limiter.getConfig().put(name, config);
    }

    @Override
    public Mono<Optional<Duration>> tryAcquire(String key) {
        return limiter.isAllowed(name, keyPrefix + name + ":" + key).map(response -> {
            if (response.isAllowed()) {
                return Optional.empty();
            }
            String remaining = response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER);
            long missing = config.getRequestedTokens() - (remaining == null ? 0 : Long.parseLong(remaining));
            long seconds = (missing + config.getReplenishRate() - 1) / config.getReplenishRate();
            return Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
        });
    }
}
