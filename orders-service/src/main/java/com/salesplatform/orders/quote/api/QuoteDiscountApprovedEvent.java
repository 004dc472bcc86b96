package com.salesplatform.orders.quote.api;

import org.axonframework.serialization.Revision;

/** Published as QuoteDiscountApproved v1 (contracts/events/orders); the approving manager is the event's actor. */
@Revision("1")
public record QuoteDiscountApprovedEvent(String quoteId, String customerId, String repId, String approvedBy) {
}
