package com.salesplatform.platform.value;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money: the platform's one currency (renminbi, {@value #CURRENCY}), always two decimals, rounded half up
 * to the fen. Amounts people enter may have at most two decimals; amounts the platform computes are rounded here.
 */
public final class Money {

    public static final String CURRENCY = "CNY";
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /** {@code amount} rounded half up to the fen. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The currency an event names, or the platform's for events written before they named one. */
    public static String currencyOr(String currency) {
        return currency == null ? CURRENCY : currency;
    }

    /** Whether {@code amount} is positive and has no more than two decimals. */
    public static boolean isPositiveCents(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    /** {@code amount} to the fen, or a 400 naming {@code field} unless it is positive with at most two decimals. */
    public static BigDecimal requirePositiveCents(String field, BigDecimal amount) {
        if (!isPositiveCents(amount)) {
            throw new FieldRejectedException(field, "must be a positive amount with at most 2 decimals");
        }
        return cents(amount);
    }

    /** {@code amount} to the fen, or a 400 naming {@code field} unless it is 0 or more with at most two decimals. */
    public static BigDecimal requireCents(String field, BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new FieldRejectedException(field, "must be 0 or more with at most 2 decimals");
        }
        return cents(amount);
    }
}
