package com.salesplatform.performance.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    private static final BusinessCalendar SHANGHAI = new BusinessCalendar(ZoneId.of("Asia/Shanghai"));

    @Test
    void aQuarterSpansItsThreeMonthsFromMidnightInTheCompanysZone() {
        Period q1 = Period.parse("2027-Q1");
        assertThat(q1.start(SHANGHAI)).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(q1.end(SHANGHAI)).isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
        assertThat(q1.monthValues()).containsExactly("2027-01", "2027-02", "2027-03");
        assertThat(q1.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aMonthIsOneMonth() {
        Period december = Period.parse("2027-12");
        assertThat(december.end(SHANGHAI)).isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
        assertThat(december.isFollowedBy(Period.parse("2028-01"))).isTrue();
        assertThat(december.isFollowedBy(Period.parse("2028-02"))).isFalse();
        assertThat(december.monthValues()).containsExactly("2027-12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027", "2027-13", "2027-Q5", "2027-W09", "27-03", ""})
    void onlyMonthsAndQuartersArePeriods(String value) {
        assertThatThrownBy(() -> Period.parse(value)).isInstanceOf(FieldRejectedException.class)
                .hasMessage("must be a month (2027-03) or a quarter (2027-Q1)");
    }
}
