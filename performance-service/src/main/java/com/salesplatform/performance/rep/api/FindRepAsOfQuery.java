package com.salesplatform.performance.rep.api;

import java.time.LocalDate;

/** The rep as the roster stood on {@code asOf} (team, grade, departure), rebuilt from the event store. */
public record FindRepAsOfQuery(String repId, LocalDate asOf) {
}
