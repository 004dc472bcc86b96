package com.salesplatform.performance.payout.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Published as PayoutCalculated v1: one rep's payout of a run, line by line, with the facts it rests on
 * ({@code revenueTarget} and {@code attainmentPercent} null without a target) as known at {@code cutoff}.
 */
@Revision("1")
public record PayoutCalculatedEvent(String runId, String period, String repId, String teamId, String planId,
                                    Instant cutoff, BigDecimal bookedRevenue, BigDecimal revenueTarget,
                                    BigDecimal attainmentPercent, List<PayoutLine> lines, BigDecimal total) {
}
