package com.salesplatform.performance.payout.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A period's payout run as the API shows it: when it ran (its {@code cutoff}: what was recorded later does not
 * count in it), how many reps it pays and the sum of their payouts. The payouts themselves are a list of their own.
 */
public record PayoutRunView(String id, String period, Instant cutoff, long payoutCount, BigDecimal total) {
}
