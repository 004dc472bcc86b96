package com.salesplatform.performance.payout.query;

import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import java.util.List;

/** One page of payouts and how many there are in all. */
public record PayoutList(List<PayoutCalculatedEvent> items, long totalItems) {
}
