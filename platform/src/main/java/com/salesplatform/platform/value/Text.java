package com.salesplatform.platform.value;

import com.salesplatform.platform.rejection.FieldRejectedException;

/**
 * Free text a person typed: stripped of surrounding blanks and measured in characters as people count them
 * (Unicode code points, so 客户 is 2 and an emoji 1, never the UTF-16 length). Every service checks its texts here,
 * so a limit means the same number of Chinese characters everywhere.
 */
public final class Text {

    private Text() {
    }

    /** The stripped {@code value}; blank or absent is a 400 naming {@code field}. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldRejectedException(field, "must not be blank");
        }
        return value.strip();
    }

    /** The stripped {@code value}, at most {@code maxLength} characters; otherwise a 400 naming {@code field}. */
    public static String required(String field, String value, int maxLength) {
        return withinLength(field, required(field, value), maxLength);
    }

    /** Like {@link #required(String, String, int)}, but null or blank answers null. */
    public static String optional(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : required(field, value, maxLength);
    }

    /** The number of characters of {@code value} as a person counts them. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String withinLength(String field, String stripped, int maxLength) {
        if (length(stripped) > maxLength) {
            throw new FieldRejectedException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
