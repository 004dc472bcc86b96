package com.salesplatform.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The company's calendar: days, months and quarters begin at midnight in the company's time zone
 * ({@code sales.platform.time-zone}, from {@code SALES_TIME_ZONE}, {@code Asia/Shanghai} by default), so an order
 * confirmed at 07:00 on 1 April in Beijing counts in April, not in March as it would in UTC.
 *
 * <p>The zone travels with the service's {@link Clock}: {@link #of(Clock)} reads it, so an aggregate or a test
 * that is given a clock is given the calendar too.
 */
public record BusinessCalendar(ZoneId zone) {

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    public static BusinessCalendar of(Clock clock) {
        return new BusinessCalendar(clock.getZone());
    }

    /** The first instant of {@code day}. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The instant {@code day} ends (exclusive): the first instant of the next day. */
    public Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** The day {@code instant} falls on. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public Instant startOf(CalendarPeriod period) {
        return startOf(period.start());
    }

    /** The instant {@code period} ends (exclusive). */
    public Instant endOf(CalendarPeriod period) {
        return startOf(period.endExclusive());
    }

    public boolean hasEnded(CalendarPeriod period, Instant now) {
        return !now.isBefore(endOf(period));
    }
}
