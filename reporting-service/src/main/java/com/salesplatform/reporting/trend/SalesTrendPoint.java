package com.salesplatform.reporting.trend;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One bucket of the sales trend: booked revenue, orders and units (confirmations minus cancellations of confirmed
 * orders in the bucket) and the payments collected in it.
 */
public record SalesTrendPoint(LocalDate bucketStart, BigDecimal bookedRevenue, long orders, long units,
                              BigDecimal collected) {
}
