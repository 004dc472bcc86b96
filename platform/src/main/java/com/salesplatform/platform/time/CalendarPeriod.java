package com.salesplatform.platform.time;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's calendar convention (docs/domain.md): a period is written {@code 2027} (year), {@code 2027-Q1} (quarter),
 * {@code 2027-03} (month) or {@code 2027-W09} (ISO week), and runs from its first day to the first day of the
 * next. A notation, like ISO-8601 dates, not a business rule; the instants it begins and ends at are the
 * {@link BusinessCalendar}'s, in the company's time zone.
 */
public record CalendarPeriod(String value, Granularity granularity, LocalDate start, LocalDate endExclusive) {

    public enum Granularity {
        YEAR("a year (2027)"), QUARTER("a quarter (2027-Q1)"), MONTH("a month (2027-03)"), WEEK("an ISO week (2027-W09)");

        private final String example;

        Granularity(String example) {
            this.example = example;
        }

        String example() {
            return example;
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Reads a period; an unreadable one is a 400 naming {@code field}. */
    public static CalendarPeriod parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new FieldRejectedException(field, "must not be blank");
        }
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
            LocalDate start = LocalDate.of(year(m), 1, 1);
            return new CalendarPeriod(value, Granularity.YEAR, start, start.plusYears(1));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            LocalDate start = LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            return new CalendarPeriod(value, Granularity.QUARTER, start, start.plusMonths(3));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate start = LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
            return new CalendarPeriod(value, Granularity.MONTH, start, start.plusMonths(1));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            int week = Integer.parseInt(m.group(2));
            LocalDate midYear = LocalDate.of(year(m), 6, 1);
            if (week < 1 || week > midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw new FieldRejectedException(field, "week " + week + " does not exist in " + m.group(1));
            }
            LocalDate start = midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new CalendarPeriod(value, Granularity.WEEK, start, start.plusWeeks(1));
        }
        throw new FieldRejectedException(field,
                "must be a year (2027), quarter (2027-Q1), month (2027-03) or ISO week (2027-W09)");
    }

    public static CalendarPeriod parse(String value) {
        return parse(value, "period");
    }

    /**
     * Reads a period that must be of one of the {@code allowed} granularities (an appraisal is a month or a quarter,
     * say); anything else is a 400 naming {@code field} and the allowed forms in the order given.
     */
    public static CalendarPeriod parse(String value, String field, Granularity... allowed) {
        List<Granularity> forms = List.of(allowed);
        CalendarPeriod period;
        try {
            period = parse(value, field);
        } catch (FieldRejectedException unreadable) {
            throw new FieldRejectedException(field, "must be " + describe(forms));
        }
        if (!forms.contains(period.granularity())) {
            throw new FieldRejectedException(field, "must be " + describe(forms));
        }
        return period;
    }

    private static String describe(List<Granularity> forms) {
        List<String> names = forms.stream().map(Granularity::example).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The month a day falls in: what a report means by "this month" when no period is given. */
    public static CalendarPeriod monthContaining(LocalDate day) {
        return parse("%d-%02d".formatted(day.getYear(), day.getMonthValue()));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    /** The period just after this one, of the same granularity. */
    public CalendarPeriod next() {
        LocalDate s = endExclusive;
        return switch (granularity) {
            case YEAR -> parse(String.valueOf(s.getYear()));
            case QUARTER -> parse(s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1));
            case MONTH -> parse("%d-%02d".formatted(s.getYear(), s.getMonthValue()));
            case WEEK -> parse("%d-W%02d".formatted(s.get(IsoFields.WEEK_BASED_YEAR),
                    s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        };
    }

    /** The period just before this one, of the same granularity. */
    public CalendarPeriod previous() {
        return switch (granularity) {
            case YEAR -> parse(String.valueOf(start.getYear() - 1));
            case QUARTER -> {
                LocalDate s = start.minusMonths(3);
                yield parse(s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1));
            }
            case MONTH -> {
                LocalDate s = start.minusMonths(1);
                yield parse("%d-%02d".formatted(s.getYear(), s.getMonthValue()));
            }
            case WEEK -> {
                LocalDate s = start.minusWeeks(1);
                yield parse("%d-W%02d".formatted(s.get(IsoFields.WEEK_BASED_YEAR),
                        s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            }
        };
    }
}
