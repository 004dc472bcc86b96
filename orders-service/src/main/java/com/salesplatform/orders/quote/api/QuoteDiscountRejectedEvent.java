package com.salesplatform.orders.quote.api;

import org.axonframework.serialization.Revision;

/**
 * Published as QuoteDiscountRejected v1 (contracts/events/orders): the discount was turned down with a reason, so the
 * quote is REJECTED for good; the rejecting manager is the event's actor.
 */
@Revision("1")
public record QuoteDiscountRejectedEvent(String quoteId, String customerId, String repId, String rejectedBy,
                                         String reason) {
}
