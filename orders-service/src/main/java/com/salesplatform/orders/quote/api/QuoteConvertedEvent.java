package com.salesplatform.orders.quote.api;

import org.axonframework.serialization.Revision;

/**
 * Published as QuoteConverted v1 (contracts/events/orders): the quote became order {@code orderId}, its one order.
 * Recorded by the quote itself in the placing order's transaction, before that order's {@code OrderPlaced}.
 */
@Revision("1")
public record QuoteConvertedEvent(String quoteId, String customerId, String repId, String orderId) {
}
