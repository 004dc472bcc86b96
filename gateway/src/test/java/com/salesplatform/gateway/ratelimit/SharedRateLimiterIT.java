package com.salesplatform.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.salesplatform.gateway.support.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spring Cloud Gateway's Redis rate limiter behind the gateway's limits, on the real Redis. */
class SharedRateLimiterIT {

    private static final RateLimitProperties.Limit THREE_A_MINUTE = new RateLimitProperties.Limit(3, Duration.ofMinutes(1));

    private final TestRedis redis = new TestRedis();

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Test
    void aLimitIsCountedAcrossTwoGatewaysAndTellsHowLongToWait() {
        KeyedRateLimiter first = limiter(redis.connectReactive());
        KeyedRateLimiter second = limiter(redis.connectReactive());

        assertThat(first.tryAcquire("10.0.0.1").block()).isEmpty();
        assertThat(second.tryAcquire("10.0.0.1").block()).isEmpty();
        assertThat(first.tryAcquire("10.0.0.1").block()).isEmpty();

        Optional<Duration> refused = second.tryAcquire("10.0.0.1").block();
        assertThat(refused).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1),
                Duration.ofSeconds(60)));
        assertThat(first.tryAcquire("10.0.0.1").block()).isPresent();
        assertThat(second.tryAcquire("10.0.0.2").block()).as("another key").isEmpty();
        assertThat(redis.keyCount()).as("the counts are under the run's prefix").isPositive();
    }

    @Test
    void whenRedisIsDownTheLimitIsSuspendedNotTheApi() {
        KeyedRateLimiter limiter = limiter(redis.connectReactiveToRedisThatIsDown());

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1").block(Duration.ofSeconds(10))).isEmpty();
        }
    }

    @Test
    void aSharedLimitCountsWholeSeconds() {
        assertThatThrownBy(() -> new SharedRateLimiter("user", new RateLimitProperties.Limit(3, Duration.ofMillis(500)),
                redis.keyPrefix(), redis.connectReactive(), script(), configuration()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole seconds");
    }

    private KeyedRateLimiter limiter(ReactiveStringRedisTemplate template) {
        return new SharedRateLimiter("client-ip", THREE_A_MINUTE, redis.keyPrefix(), template, script(),
                configuration());
    }

    /** The script as Spring Cloud Gateway's auto-configuration loads it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RedisScript<List<Long>> script() {
        DefaultRedisScript script = new DefaultRedisScript<>();
        script.setScriptSource(new ResourceScriptSource(new ClassPathResource("META-INF/scripts/request_rate_limiter.lua")));
        script.setResultType(List.class);
        return script;
    }

    private static ConfigurationService configuration() {
        return new ConfigurationService(new DefaultListableBeanFactory(), () -> null, () -> null);
    }
}
