package com.salesplatform.targets.validation;

import com.salesplatform.platform.rejection.FieldRejectedException;


/** A mandatory free-text field of a command (SMART fields, reasons, plans): present and not blank. */
public final class RequiredText {

    private RequiredText() {
    }

    public static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldRejectedException(field, "must not be blank");
        }
        return value.strip();
    }
}
