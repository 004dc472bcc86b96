package com.salesplatform.orders.shared;

import com.salesplatform.platform.rejection.FieldRejectedException;


/** A required text field: not blank, at most so many characters (counted as code points, so Chinese counts 1). */
public final class RequiredText {

    private RequiredText() {
    }

    /** The stripped value, or a {@link FieldRejectedException} naming {@code field}. */
    public static String of(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new FieldRejectedException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new FieldRejectedException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
