package com.salesplatform.gateway.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** "Today", "this month" and "this quarter" in the company's calendar, and moments relative to now. */
record DemoCalendar(Clock clock, ZoneId zone) {

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    Instant now() {
        return clock.instant();
    }

    String month() {
        return YearMonth.from(today()).toString();
    }

    String quarter() {
        return today().getYear() + "-Q" + today().get(IsoFields.QUARTER_OF_YEAR);
    }

    /** A moment of an earlier day at a working hour (10:00 + hour offset), for the communication log. */
    String daysAgo(int days, int hour) {
        return today().minusDays(days).atTime(9 + hour % 9, 30).atZone(zone).toInstant().toString();
    }

    /** Later today: {@code hours} from now, but before midnight (a minute before it at the latest). */
    String laterToday(int hours) {
        Instant endOfDay = today().plusDays(1).atStartOfDay(zone).toInstant();
        Instant due = now().plus(hours, ChronoUnit.HOURS);
        return (due.isBefore(endOfDay.minusSeconds(60)) ? due : endOfDay.minusSeconds(60)).toString();
    }

    /** Due in a few seconds: it is overdue (its deadline fires) a moment after seeding. */
    String inSeconds(int seconds) {
        return now().plusSeconds(seconds).toString();
    }

    String inDays(int days, int hour) {
        ZonedDateTime at = today().plusDays(days).atTime(hour, 0).atZone(zone);
        return at.toInstant().toString();
    }
}
