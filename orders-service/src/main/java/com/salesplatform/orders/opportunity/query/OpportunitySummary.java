package com.salesplatform.orders.opportunity.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An opportunity as a list shows it. */
public record OpportunitySummary(String id, String customerId, String repId, String teamId, String title,
                                 BigDecimal expectedAmount, String currency, LocalDate expectedCloseDate,
                                 String stage, int probability, Instant updatedAt) {
}
