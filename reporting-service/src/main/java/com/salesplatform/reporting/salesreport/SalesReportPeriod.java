package com.salesplatform.reporting.salesreport;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.reporting.salesreport.api.PeriodType;
import java.time.Clock;

/**
 * The period a report may be for: a week for a WEEKLY report, a month for a MONTHLY one, and one that has begun —
 * checked when a report is submitted and when its figures are shown before submitting.
 */
public final class SalesReportPeriod {

    private SalesReportPeriod() {
    }

    public static CalendarPeriod check(PeriodType periodType, String period, Clock clock) {
        if (periodType == null) {
            throw new FieldRejectedException("periodType", "must be WEEKLY or MONTHLY");
        }
        CalendarPeriod parsed = CalendarPeriod.parse(period);
        var expected = periodType == PeriodType.WEEKLY
                ? CalendarPeriod.Granularity.WEEK : CalendarPeriod.Granularity.MONTH;
        if (parsed.granularity() != expected) {
            throw new FieldRejectedException("period", "a " + periodType + " report is for a "
                    + (expected == CalendarPeriod.Granularity.WEEK ? "week such as 2027-W09" : "month such as 2027-03"));
        }
        if (clock.instant().isBefore(BusinessCalendar.of(clock).startOf(parsed))) {
            throw new FieldRejectedException("period", "has not started yet");
        }
        return parsed;
    }
}
