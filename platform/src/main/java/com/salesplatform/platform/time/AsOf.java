package com.salesplatform.platform.time;

import com.salesplatform.platform.web.input.AcceptedParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The {@code asOf} of a query: "as it was then". Written as an ISO-8601 instant ({@code 2027-03-31T08:00:00Z}), or
 * as a date ({@code 2027-03-31}), which means the end of that day in the company's calendar: everything recorded
 * before the next day began there. Either within the accepted years (ADR 0013). Anything else is refused as a
 * 400 naming the parameter.
 */
public record AsOf(Instant instant) {

    /** The store's finest resolution (PostgreSQL keeps microseconds): the last instant before the next day. */
    private static final ChronoUnit RESOLUTION = ChronoUnit.MICROS;

    public static AsOf parse(String value, BusinessCalendar calendar) {
        String text = value.strip();
        try {
            if (text.contains("T")) {
                return new AsOf(AcceptedParameters.checked(Instant.parse(text)));
            }
            LocalDate date = AcceptedParameters.dates().convert(text);
            return new AsOf(calendar.endOf(date).minus(1, RESOLUTION));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (yyyy-MM-dd) or an ISO-8601 instant: " + value, e);
        }
    }

    /** {@code asOf} itself, or null when the query asked for now. */
    public static Instant instantOf(AsOf asOf) {
        return asOf == null ? null : asOf.instant();
    }
}
