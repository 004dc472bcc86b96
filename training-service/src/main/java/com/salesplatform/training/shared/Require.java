package com.salesplatform.training.shared;

import com.salesplatform.platform.rejection.FieldRejectedException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The checks aggregates repeat on their input; each failure names the field (answered 400). */
public final class Require {

    private Require() {
    }

    /** Non-blank text of at most {@code max} characters (Chinese counted by code point), stripped. */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new FieldRejectedException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new FieldRejectedException(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    /** Like {@link #text} but may be absent (null or blank answers null). */
    public static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
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
