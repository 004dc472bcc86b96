package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Published as OrderPlaced v1 (contracts/events/orders).
 * {@code repId} owns the customer; {@code teamId} is the rep's team at placement, when known; {@code quoteId} the
 * quote it was placed from, if any.
 */
@Revision("1")
public record OrderPlacedEvent(String orderId, String customerId, String repId, String teamId, List<OrderLine> lines,
                              BigDecimal total, String currency, int paymentTermsDays, String quoteId) {
}
