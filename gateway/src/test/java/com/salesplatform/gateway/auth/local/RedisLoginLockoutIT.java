package com.salesplatform.gateway.auth.local;

import java.time.Duration;

import com.salesplatform.gateway.auth.AuthProperties;
import com.salesplatform.gateway.support.MutableClock;
import com.salesplatform.gateway.support.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock-out contract against the real Redis, and failures spread over two gateways counted together. */
class RedisLoginLockoutIT extends LoginLockoutContract {

    private final TestRedis redis = new TestRedis();

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    @Override
    LoginLockout lockout(AuthProperties.Lockout settings, MutableClock clock) {
        return new RedisLoginLockout(redis.connect(), redis.keyPrefix(), settings, clock);
    }

    @Test
    void failuresOnTwoGatewaysAddUpAndTheLockHoldsOnBoth() {
        LoginLockout first = lockout(SETTINGS, clock);
        LoginLockout second = lockout(SETTINGS, clock);

        first.recordFailure("rep1");
        second.recordFailure("rep1");
        assertThat(first.remainingLock("rep1")).isEmpty();
        first.recordFailure("rep1");

        assertThat(second.remainingLock("rep1")).contains(Duration.ofMinutes(15));
        assertThat(first.remainingLock("rep1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessOnOneGatewayResetsTheCountOnTheOther() {
        LoginLockout first = lockout(SETTINGS, clock);
        LoginLockout second = lockout(SETTINGS, clock);
        first.recordFailure("rep1");
        first.recordFailure("rep1");

        second.recordSuccess("rep1");
        first.recordFailure("rep1");

        assertThat(second.remainingLock("rep1")).isEmpty();
    }

    @Test
    void whenRedisIsDownTheLockCannotBeCheckedSoNoOneLogsIn() {
        LoginLockout lockout = new RedisLoginLockout(redis.connectToRedisThatIsDown(), redis.keyPrefix(), SETTINGS,
                clock);

        assertThatThrownBy(() -> lockout.remainingLock("rep1")).isInstanceOf(DataAccessException.class);
    }
}
