package com.salesplatform.platform.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void roundsHalfUpToTheFen() {
        assertThat(Money.cents(new BigDecimal("2125.425"))).isEqualByComparingTo("2125.43").hasScaleOf(2);
        assertThat(Money.cents(new BigDecimal("7"))).hasToString("7.00");
        assertThat(Money.ZERO).hasToString("0.00");
    }

    @Test
    void acceptsPositiveAmountsWithAtMostTwoDecimals() {
        assertThat(Money.requirePositiveCents("amount", new BigDecimal("2125.4"))).hasToString("2125.40");
        assertThat(Money.requirePositiveCents("amount", new BigDecimal("1.500"))).hasToString("1.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.001", "12.345"})
    void refusesOtherAmountsNamingTheField(String amount) {
        assertThatThrownBy(() -> Money.requirePositiveCents("lines[0].unitPrice", new BigDecimal(amount)))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("lines[0].unitPrice"));
        assertThat(Money.isPositiveCents(null)).isFalse();
    }

    @Test
    void acceptsZeroWhereAnAmountMayBeNothing() {
        assertThat(Money.requireCents("creditLimit", BigDecimal.ZERO)).hasToString("0.00");
        assertThat(Money.requireCents("creditLimit", new BigDecimal("50000.5"))).hasToString("50000.50");
        assertThatThrownBy(() -> Money.requireCents("creditLimit", new BigDecimal("-0.01")))
                .isInstanceOf(FieldRejectedException.class).hasMessage("must be 0 or more with at most 2 decimals");
        assertThatThrownBy(() -> Money.requireCents("creditLimit", null)).isInstanceOf(FieldRejectedException.class);
    }

    @Test
    void takesThePlatformsCurrencyForEventsThatNameNone() {
        assertThat(Money.currencyOr(null)).isEqualTo("CNY");
        assertThat(Money.currencyOr("CNY")).isEqualTo(Money.CURRENCY);
    }
}
