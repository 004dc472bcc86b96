package com.salesplatform.performance.lookup;

import java.math.BigDecimal;
import java.time.Instant;

/** A confirmed order counted for a rep; {@code cancelledAt} is set when it was cancelled (as known then). */
public record Booking(String orderId, BigDecimal total, Instant confirmedAt, Instant cancelledAt) {
}
