package com.salesplatform.targets.target.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.targets.target.api.Granularity;
import org.junit.jupiter.api.Test;

class PeriodPartsTest {

    @Test
    void aYearHasFourQuartersAndTwelveMonthsAndAQuarterThreeMonths() {
        assertThat(Period.parse("2027").parts(Granularity.QUARTER))
                .containsExactly("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4");
        assertThat(Period.parse("2027").parts(Granularity.MONTH)).hasSize(12).startsWith("2027-01")
                .endsWith("2027-12");
        assertThat(Period.parse("2027-Q4").parts(Granularity.MONTH)).containsExactly("2027-10", "2027-11", "2027-12");
    }

    @Test
    void monthsWeeksAndQuartersIntoQuartersAreNotDecomposed() {
        for (String period : new String[] {"2027-Q4", "2027-05", "2027-W09"}) {
            assertThatThrownBy(() -> Period.parse(period).parts(Granularity.QUARTER))
                    .isInstanceOf(FieldRejectedException.class);
        }
        assertThatThrownBy(() -> Period.parse("2027-05").parts(Granularity.MONTH))
                .isInstanceOf(FieldRejectedException.class);
    }
}
