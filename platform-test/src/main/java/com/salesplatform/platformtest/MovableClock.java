package com.salesplatform.platformtest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A running service's clock that an IT moves on: the system's time plus an offset the test advances, so a time rule
 * (a due time passing, "on time") is reached at once instead of by waiting. Declare it as the service's {@link Clock}
 * bean in the IT's {@code @TestConfiguration}; the platform's calendar follows it.
 */
public final class MovableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset;

    private MovableClock(Clock system, AtomicReference<Duration> offset) {
        this.system = system;
        this.offset = offset;
    }

    /** Starts at the system's time, in {@code zone}. */
    public static MovableClock startingNow(ZoneId zone) {
        return new MovableClock(Clock.system(zone), new AtomicReference<>(Duration.ZERO));
    }

    /** Moves this clock (and every clock derived from it with {@link #withZone}) {@code duration} ahead. */
    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(system.withZone(zone), offset);
    }
}
