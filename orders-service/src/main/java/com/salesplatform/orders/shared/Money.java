package com.salesplatform.orders.shared;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in the service's one currency, always with two decimals (rounded half up, to the cent). */
public final class Money {

    public static final String CURRENCY = "CNY";
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether {@code amount} is positive and has no more than two decimals. */
    public static boolean isPositiveCents(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    /** {@code amount} to the cent, or a {@link FieldRejectedException} naming {@code field}. */
    public static BigDecimal requirePositiveCents(String field, BigDecimal amount) {
        if (!isPositiveCents(amount)) {
            throw new FieldRejectedException(field, "must be a positive amount with at most 2 decimals");
        }
        return cents(amount);
    }
}
