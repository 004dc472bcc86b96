package com.salesplatform.performance.payout.query;

import java.util.List;

/** One page of payouts and how many there are in all. */
public record PayoutList(List<PayoutView> items, long totalItems) {
}
