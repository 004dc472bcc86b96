package com.salesplatform.gateway.auth.local;

import java.time.Duration;
import java.time.Instant;

import com.salesplatform.gateway.auth.AuthProperties;
import com.salesplatform.gateway.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every lock-out does, wherever it keeps the counts: 3 failures lock for 15 minutes. */
abstract class LoginLockoutContract {

    static final AuthProperties.Lockout SETTINGS = new AuthProperties.Lockout(3, Duration.ofMinutes(15));

    final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
    private LoginLockout lockout;

    /** A lock-out of one gateway. */
    abstract LoginLockout lockout(AuthProperties.Lockout settings, MutableClock clock);

    @BeforeEach
    void newLockout() {
        lockout = lockout(SETTINGS, clock);
    }

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
