package com.salesplatform.customers.customer.command;

import com.salesplatform.platform.rejection.FieldRejectedException;


/** Text fields: stripped, required ones non-blank, all within a length counted in characters (Chinese included). */
final class TextRules {

    private TextRules() {
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new FieldRejectedException(field, "must not be blank");
        }
        return optional(field, value, maxLength);
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new FieldRejectedException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
