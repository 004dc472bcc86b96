package com.salesplatform.targets.target.command;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.targets.target.api.Granularity;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A target's period, in the platform's calendar notation ({@link CalendarPeriod}), and how it splits when the target
 * is decomposed.
 */
public record Period(CalendarPeriod calendar) {

    public static Period parse(String value) {
        return new Period(CalendarPeriod.parse(value));
    }

    public String value() {
        return calendar.value();
    }

    /** The instant the period ends (exclusive) in the company's calendar: the target's time bound. */
    public Instant end(BusinessCalendar businessCalendar) {
        return businessCalendar.endOf(calendar);
    }

    public boolean hasEndedAt(Instant now, BusinessCalendar businessCalendar) {
        return businessCalendar.hasEnded(calendar, now);
    }

    public boolean hasBegunAt(Instant now, BusinessCalendar businessCalendar) {
        return !businessCalendar.startOf(calendar).isAfter(now);
    }

    /** The sub-periods of a decomposition: a year's 4 quarters or 12 months, a quarter's 3 months. */
    public List<String> parts(Granularity granularity) {
        int year = calendar.start().getYear();
        boolean isYear = calendar.granularity() == CalendarPeriod.Granularity.YEAR;
        boolean isQuarter = calendar.granularity() == CalendarPeriod.Granularity.QUARTER;
        if (granularity == Granularity.QUARTER && isYear) {
            return IntStream.rangeClosed(1, 4).mapToObj(q -> year + "-Q" + q).toList();
        }
        if (granularity == Granularity.MONTH && (isYear || isQuarter)) {
            int firstMonth = calendar.start().getMonthValue();
            return IntStream.range(0, isYear ? 12 : 3)
                    .mapToObj(i -> "%d-%02d".formatted(year, firstMonth + i)).toList();
        }
        throw new FieldRejectedException("granularity", "a " + value() + " target cannot be decomposed into "
                + granularity + "s: a year splits into quarters or months, a quarter into months");
    }
}
