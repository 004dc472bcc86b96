package com.salesplatform.reporting.shared;

import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What a report covers when the caller names no period: the current month and today, in the company's calendar,
 * so a dashboard's first call without parameters answers 200.
 */
@Component
public class ReportPeriods {

    private final Clock clock;
    private final BusinessCalendar calendar;

    ReportPeriods(Clock clock, BusinessCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The given period, or the current month when none is given. */
    public CalendarPeriod orCurrentMonth(String period) {
        return period == null ? CalendarPeriod.monthContaining(today()) : CalendarPeriod.parse(period);
    }

    public LocalDate today() {
        return calendar.dateOf(clock.instant());
    }
}
