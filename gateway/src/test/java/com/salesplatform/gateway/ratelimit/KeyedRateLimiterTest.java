package com.salesplatform.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KeyedRateLimiterTest {

    @Test
    void grantsTheLimitPerKeyThenTellsHowLongToWait() {
        KeyedRateLimiter limiter = new KeyedRateLimiter("test", new RateLimitProperties.Limit(2, Duration.ofMinutes(1)), 100);

        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(limiter.tryAcquire("b")).isEmpty();
    }

    @Test
    void forgetsIdleKeysWhenTooManyAreTracked() {
        KeyedRateLimiter limiter = new KeyedRateLimiter("test", new RateLimitProperties.Limit(1, Duration.ofMillis(1)), 100);
        for (int i = 0; i < 100; i++) {
            limiter.tryAcquire("client-" + i);
        }
        await().untilAsserted(() -> {
            limiter.tryAcquire("one-more-" + System.nanoTime());
            assertThat(limiter.trackedKeys()).isLessThan(100);
        });
    }
}
