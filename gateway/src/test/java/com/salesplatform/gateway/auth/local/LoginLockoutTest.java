package com.salesplatform.gateway.auth.local;

import java.time.Duration;
import java.time.Instant;

import com.salesplatform.gateway.auth.AuthProperties;
import com.salesplatform.gateway.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
    private final LoginLockout lockout = new LoginLockout(new AuthProperties.Lockout(3, Duration.ofMinutes(15)), clock);

    @Test
    void locksAfterTheMaximumOfConsecutiveFailuresAndUnlocksWhenTheTimeIsUp() {
        lockout.recordFailure("rep1");
        lockout.recordFailure("rep1");
        assertThat(lockout.remainingLock("rep1")).isEmpty();

        lockout.recordFailure("rep1");
        assertThat(lockout.remainingLock("rep1")).contains(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(14));
        assertThat(lockout.remainingLock("rep1")).contains(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(lockout.remainingLock("rep1")).isEmpty();
        lockout.recordFailure("rep1");
        assertThat(lockout.remainingLock("rep1")).as("the count starts again after a lock").isEmpty();
    }

    @Test
    void aSuccessResetsTheCountAndOtherUsernamesAreIndependent() {
        lockout.recordFailure("rep1");
        lockout.recordFailure("rep1");
        lockout.recordSuccess("rep1");
        lockout.recordFailure("rep1");
        lockout.recordFailure("rep1");
        assertThat(lockout.remainingLock("rep1")).isEmpty();

        lockout.recordFailure("rep2");
        lockout.recordFailure("rep2");
        lockout.recordFailure("rep2");
        assertThat(lockout.remainingLock("rep2")).isPresent();
        assertThat(lockout.remainingLock("rep1")).isEmpty();
    }
}
