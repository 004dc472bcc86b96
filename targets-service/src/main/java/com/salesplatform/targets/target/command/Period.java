package com.salesplatform.targets.target.command;

import com.salesplatform.platform.web.FieldRejectedException;
import com.salesplatform.targets.target.api.Granularity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A target period as DOMAIN.md writes it: {@code 2027} (year), {@code 2027-Q1} (quarter), {@code 2027-03} (month),
 * {@code 2027-W09} (ISO week). Periods run in UTC from their first day to the first day of the next.
 */
public record Period(String value, LocalDate start, LocalDate endExclusive) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static Period parse(String value) {
        if (value == null) {
            throw new FieldRejectedException("period", "must not be blank");
        }
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
            LocalDate start = LocalDate.of(year(m), 1, 1);
            return new Period(value, start, start.plusYears(1));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            LocalDate start = LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            return new Period(value, start, start.plusMonths(3));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate start = LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
            return new Period(value, start, start.plusMonths(1));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            int week = Integer.parseInt(m.group(2));
            LocalDate anyDayOfYear = LocalDate.of(year(m), 6, 1);
            if (week < 1 || week > anyDayOfYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw new FieldRejectedException("period", "week " + week + " does not exist in " + m.group(1));
            }
            LocalDate start = anyDayOfYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Period(value, start, start.plusWeeks(1));
        }
        throw new FieldRejectedException("period",
                "must be a year (2027), quarter (2027-Q1), month (2027-03) or ISO week (2027-W09)");
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    /** The instant the period ends (exclusive): the target's time bound. */
    public Instant end() {
        return endExclusive.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(end());
    }

    /** The sub-periods of a decomposition: a year's 4 quarters or 12 months, a quarter's 3 months. */
    public List<String> parts(Granularity granularity) {
        int year = start.getYear();
        if (granularity == Granularity.QUARTER && isYear()) {
            return IntStream.rangeClosed(1, 4).mapToObj(q -> year + "-Q" + q).toList();
        }
        if (granularity == Granularity.MONTH && (isYear() || QUARTER.matcher(value).matches())) {
            int months = isYear() ? 12 : 3;
            return IntStream.range(0, months)
                    .mapToObj(i -> "%d-%02d".formatted(year, start.getMonthValue() + i)).toList();
        }
        throw new FieldRejectedException("granularity", "a " + value + " target cannot be decomposed into "
                + granularity + "s: a year splits into quarters or months, a quarter into months");
    }

    private boolean isYear() {
        return YEAR.matcher(value).matches();
    }
}
