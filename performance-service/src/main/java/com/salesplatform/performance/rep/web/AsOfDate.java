package com.salesplatform.performance.rep.web;

import com.salesplatform.platform.web.FieldRejectedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The {@code asOf} parameter: a date ({@code 2027-03-31}) or an instant (then its UTC day). */
final class AsOfDate {

    private AsOfDate() {
    }

    static LocalDate parse(String asOf) {
        try {
            return asOf.contains("T") ? LocalDate.ofInstant(Instant.parse(asOf), ZoneOffset.UTC)
                    : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new FieldRejectedException("asOf", "must be a date (yyyy-MM-dd) or an ISO-8601 instant");
        }
    }
}
