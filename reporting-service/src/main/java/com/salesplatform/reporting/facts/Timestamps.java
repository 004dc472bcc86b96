package com.salesplatform.reporting.facts;

import java.sql.Timestamp;
import java.time.Instant;

/** JDBC timestamps from instants. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
