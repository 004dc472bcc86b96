package com.salesplatform.orders.quote.api;

/**
 * Where a quote stands today: waiting for a discount approval, open (may become an order), already an order, its
 * discount turned down by a manager (never an order), or past its {@code validUntil} (the end of that day in the
 * company's calendar) without one.
 */
public enum QuoteStatus {
    PENDING_APPROVAL, OPEN, ORDERED, REJECTED, EXPIRED
}
