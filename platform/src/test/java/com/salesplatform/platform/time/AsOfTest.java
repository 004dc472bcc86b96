package com.salesplatform.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsOfTest {

    private final BusinessCalendar shanghai = new BusinessCalendar(ZoneId.of("Asia/Shanghai"));

    @Test
    void anInstantIsThatInstant() {
        assertThat(AsOf.parse("2027-03-31T08:00:00Z", shanghai).instant())
                .isEqualTo(Instant.parse("2027-03-31T08:00:00Z"));
    }

    @Test
    void aDateIsTheLastMicrosecondOfThatDayInTheCompanysZone() {
        assertThat(AsOf.parse("2027-03-31", shanghai).instant())
                .isEqualTo(Instant.parse("2027-03-31T15:59:59.999999Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2027-13-01", "2027-03-31T25:00:00Z", "31/03/2027"})
    void anythingElseIsRefused(String value) {
        assertThatThrownBy(() -> AsOf.parse(value, shanghai)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noAsOfMeansNow() {
        assertThat(AsOf.instantOf(null)).isNull();
    }
}
