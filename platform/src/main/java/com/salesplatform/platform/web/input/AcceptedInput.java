package com.salesplatform.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What every request may carry, whatever the endpoint (ADR 0013): text without control characters other than tab,
 * line feed and carriage return and without unpaired surrogates (PostgreSQL text cannot hold NUL, nor UTF-8
 * invalid text), and dates and instants within the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 */
public final class AcceptedInput {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    public static final LocalDate FIRST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(LAST_YEAR, 12, 31);
    private static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    static final String TEXT_RULE = "must not contain control characters (other than tab, line feed and carriage"
            + " return) or unpaired surrogates";
    static final String DATE_RULE = "must be between " + FIRST_DATE + " and " + LAST_DATE;
    static final String INSTANT_RULE = "must be between " + FIRST_INSTANT + " and " + LAST_DATE + "T23:59:59Z";

    private AcceptedInput() {
    }

    /** Whether {@code text} holds only characters the platform stores. */
    public static boolean isAcceptedText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isAcceptedDate(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    public static boolean isAcceptedInstant(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }
}
