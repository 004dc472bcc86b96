package com.salesplatform.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InMemoryRateLimiterTest {

    @Test
    void grantsTheLimitPerKeyThenTellsHowLongToWait() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter("test", new RateLimitProperties.Limit(2, Duration.ofMinutes(1)), 100);

        assertThat(limiter.tryAcquire("a").block()).isEmpty();
        assertThat(limiter.tryAcquire("a").block()).isEmpty();
        assertThat(limiter.tryAcquire("a").block()).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(limiter.tryAcquire("b").block()).isEmpty();
    }

    @Test
    void forgetsIdleKeysWhenTooManyAreTracked() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter("test", new RateLimitProperties.Limit(1, Duration.ofMillis(1)), 100);
        for (int i = 0; i < 100; i++) {
            limiter.tryAcquire("client-" + i).block();
        }
        await().untilAsserted(() -> {
            limiter.tryAcquire("one-more-" + System.nanoTime()).block();
            assertThat(limiter.trackedKeys()).isLessThan(100);
        });
    }
}
