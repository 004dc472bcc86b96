package com.salesplatform.training.shared;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The checks aggregates repeat on their input; each failure names the field (answered 400). Texts: platform {@code Text}. */
public final class Require {

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new FieldRejectedException(field, "must not be null");
        }
        return value;
    }

    public static int between(String field, Integer value, int min, int max) {
        present(field, value);
        if (value < min || value > max) {
            throw new FieldRejectedException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** Hours: more than 0, at most {@code max}, at most 2 decimals; answered with scale 2. */
    public static BigDecimal hours(String field, BigDecimal value, int max) {
        present(field, value);
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new FieldRejectedException(field, "must be more than 0 and at most " + max);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new FieldRejectedException(field, "must have at most 2 decimals");
        }
        return value.setScale(2);
    }

    public static LocalDate notAfter(String field, LocalDate value, LocalDate today) {
        present(field, value);
        if (value.isAfter(today)) {
            throw new FieldRejectedException(field, "must not be in the future");
        }
        return value;
    }
}
