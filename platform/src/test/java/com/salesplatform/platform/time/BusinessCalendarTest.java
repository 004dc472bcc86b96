package com.salesplatform.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private final BusinessCalendar shanghai = new BusinessCalendar(ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest(name = "{0} begins at {1} and ends at {2}")
    @CsvSource({
            "2027,    2026-12-31T16:00:00Z, 2027-12-31T16:00:00Z",
            "2027-Q2, 2027-03-31T16:00:00Z, 2027-06-30T16:00:00Z",
            "2027-03, 2027-02-28T16:00:00Z, 2027-03-31T16:00:00Z",
            "2027-W09, 2027-02-28T16:00:00Z, 2027-03-07T16:00:00Z"})
    void periodsBeginAndEndAtMidnightInTheCompanysZone(String period, Instant start, Instant end) {
        CalendarPeriod parsed = CalendarPeriod.parse(period);
        assertThat(shanghai.startOf(parsed)).isEqualTo(start);
        assertThat(shanghai.endOf(parsed)).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} is on {1} in Shanghai")
    @CsvSource({
            "2027-03-31T15:30:00Z, 2027-03-31",  // 23:30 local, the last half hour of March
            "2027-03-31T16:30:00Z, 2027-04-01",  // 00:30 local: April in Beijing, still March in UTC
            "2027-06-30T16:30:00Z, 2027-07-01"}) // 00:30 local on the first day of Q3
    void anInstantFallsOnTheLocalDay(Instant instant, LocalDate day) {
        assertThat(shanghai.dateOf(instant)).isEqualTo(day);
    }

    @Test
    void aPeriodHasEndedFromItsLocalMidnight() {
        CalendarPeriod march = CalendarPeriod.parse("2027-03");
        assertThat(shanghai.hasEnded(march, Instant.parse("2027-03-31T15:59:59Z"))).isFalse();
        assertThat(shanghai.hasEnded(march, Instant.parse("2027-03-31T16:00:00Z"))).isTrue();
    }

    @Test
    void theCalendarFollowsTheClocksZone() {
        Clock clock = Clock.fixed(Instant.parse("2027-04-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        BusinessCalendar calendar = BusinessCalendar.of(clock);
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(calendar.endOf(LocalDate.of(2027, 3, 31))).isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
    }
}
