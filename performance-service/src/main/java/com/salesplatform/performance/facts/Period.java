package com.salesplatform.performance.facts;

import com.salesplatform.platform.time.BusinessCalendar;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** An appraisal or payout period: a month ({@code 2027-03}) or a quarter ({@code 2027-Q1}), in the company's calendar. */
public record Period(String value, YearMonth firstMonth, int months) {

    public static final String PATTERN = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Period parse(String value) {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("Not a month (2027-03) or quarter (2027-Q1): " + value);
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            int number = Integer.parseInt(quarter.group(2));
            return new Period(value, YearMonth.of(year, 3 * number - 2), 3);
        }
        return new Period(value, YearMonth.parse(value), 1);
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
