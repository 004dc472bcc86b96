package com.salesplatform.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2027,     2027-01-01, 2028-01-01, 2026",
            "2027-Q1,  2027-01-01, 2027-04-01, 2026-Q4",
            "2027-Q3,  2027-07-01, 2027-10-01, 2027-Q2",
            "2027-03,  2027-03-01, 2027-04-01, 2027-02",
            "2027-01,  2027-01-01, 2027-02-01, 2026-12",
            "2027-W09, 2027-03-01, 2027-03-08, 2027-W08",
            "2027-W01, 2027-01-04, 2027-01-11, 2026-W53"})
    void readsEveryNotation(String value, LocalDate start, LocalDate end, String previous) {
        CalendarPeriod period = CalendarPeriod.parse(value);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.endExclusive()).isEqualTo(end);
        assertThat(period.previous().value()).isEqualTo(previous);
        assertThat(period.previous().next().value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-Q5", "2027-13", "27", "2027-W54", "2027-W00", "next year", ""})
    void rejectsWhatItCannotRead(String value) {
        assertThatThrownBy(() -> CalendarPeriod.parse(value, "month"))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("month"));
    }

    @Test
    void theMonthContainingADayRunsFromItsFirstToTheFirstOfTheNext() {
        CalendarPeriod february = CalendarPeriod.monthContaining(LocalDate.of(2028, 2, 29));
        assertThat(february.value()).isEqualTo("2028-02");
        assertThat(february.start()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(february.endExclusive()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(CalendarPeriod.monthContaining(LocalDate.of(2027, 12, 31)).value()).isEqualTo("2027-12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027", "2027-W09", "2027-13", "next month", ""})
    void refusesAnotherGranularityThanAllowedNamingTheForms(String value) {
        assertThatThrownBy(() -> CalendarPeriod.parse(value, "period", CalendarPeriod.Granularity.MONTH,
                CalendarPeriod.Granularity.QUARTER))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("period"))
                .hasMessage("must be a month (2027-03) or a quarter (2027-Q1)");
    }

    @Test
    void readsAnAllowedGranularityLikeAnyOther() {
        CalendarPeriod quarter = CalendarPeriod.parse("2027-Q2", "period", CalendarPeriod.Granularity.MONTH,
                CalendarPeriod.Granularity.QUARTER);
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(CalendarPeriod.parse("2027", "period", CalendarPeriod.Granularity.YEAR).granularity())
                .isEqualTo(CalendarPeriod.Granularity.YEAR);
        assertThatThrownBy(() -> CalendarPeriod.parse(null, "plan.period", CalendarPeriod.Granularity.YEAR))
                .isInstanceOf(FieldRejectedException.class).hasMessage("must be a year (2027)");
    }
}
