package com.salesplatform.reporting.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The bucket size of a trend; weeks are ISO weeks starting on Monday. */
public enum Granularity {
    DAY, WEEK, MONTH;

    String sqlUnit() {
        return name().toLowerCase();
    }

    LocalDate bucketOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** Where a trend ending on {@code to} starts by default: 30 days, 12 weeks or 12 months, {@code to} included. */
    LocalDate defaultStart(LocalDate to) {
        return switch (this) {
            case DAY -> to.minusDays(29);
            case WEEK -> bucketOf(to).minusWeeks(11);
            case MONTH -> bucketOf(to).minusMonths(11);
        };
    }

    LocalDate next(LocalDate bucket) {
        return switch (this) {
            case DAY -> bucket.plusDays(1);
            case WEEK -> bucket.plusWeeks(1);
            case MONTH -> bucket.plusMonths(1);
        };
    }
}
