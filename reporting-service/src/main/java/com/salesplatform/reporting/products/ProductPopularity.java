package com.salesplatform.reporting.products;

import java.math.BigDecimal;

/** A product's booked units and revenue in a period, its rank by revenue and its growth on the previous period. */
public record ProductPopularity(int rank, String sku, String name, String category, long units, BigDecimal revenue,
                                BigDecimal previousRevenue, BigDecimal revenueGrowthPercent) {
}
