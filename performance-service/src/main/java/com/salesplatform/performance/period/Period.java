package com.salesplatform.performance.period;

import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.time.CalendarPeriod.Granularity;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/** An appraisal or payout period: a month ({@code 2027-03}) or a quarter ({@code 2027-Q1}), in the company's calendar. */
public record Period(String value, YearMonth firstMonth, int months) {

    /** Reads a month or a quarter in the platform's notation; anything else is a 400 naming {@code period}. */
    public static Period parse(String value) {
        CalendarPeriod period = CalendarPeriod.parse(value, "period", Granularity.MONTH, Granularity.QUARTER);
        return new Period(value, YearMonth.from(period.start()), period.granularity() == Granularity.QUARTER ? 3 : 1);
    }

    public Instant start(BusinessCalendar calendar) {
        return calendar.startOf(firstMonth.atDay(1));
    }

    /** Exclusive. */
    public Instant end(BusinessCalendar calendar) {
        return calendar.endOf(lastDay());
    }

    /** Whether {@code next} begins the day after this period's last day. */
    public boolean isFollowedBy(Period next) {
        return lastDay().plusDays(1).equals(next.firstMonth().atDay(1));
    }

    /** {@code 2027-01}, {@code 2027-02}, {@code 2027-03} for {@code 2027-Q1}. */
    public List<String> monthValues() {
        return Stream.iterate(firstMonth, month -> month.plusMonths(1)).limit(months).map(YearMonth::toString).toList();
    }

    public java.time.LocalDate lastDay() {
        return firstMonth.plusMonths(months - 1L).atEndOfMonth();
    }

    /** The periods an incentive plan for this one may name, most specific first: itself, its quarter, its year. */
    public List<String> coveringPlanPeriods() {
        String year = String.valueOf(firstMonth.getYear());
        if (months == 3) {
            return List.of(value, year);
        }
        return List.of(value, year + "-Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1), year);
    }

    @Override
    public String toString() {
        return value;
    }
}
