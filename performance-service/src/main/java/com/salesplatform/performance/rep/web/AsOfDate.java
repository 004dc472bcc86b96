package com.salesplatform.performance.rep.web;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code asOf} parameter: a date ({@code 2027-03-31}) or an instant (then its day in the company's calendar). */
final class AsOfDate {

    private AsOfDate() {
    }

    static LocalDate parse(String asOf, BusinessCalendar calendar) {
        try {
            return asOf.contains("T") ? calendar.dateOf(Instant.parse(asOf))
                    : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new FieldRejectedException("asOf", "must be a date (yyyy-MM-dd) or an ISO-8601 instant");
        }
    }
}
