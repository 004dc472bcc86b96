package com.salesplatform.orders.order.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Places an order for a customer, from a quote ({@code quoteId}, no lines) or from lines the server prices.
 * {@code largeDiscountApproved}: the caller is a MANAGER or ADMIN, whose lines may be more than 15 % below list.
 */
public record PlaceOrderCommand(@TargetAggregateIdentifier String orderId, String customerId, String quoteId,
                                List<RequestedLine> lines, int paymentTermsDays, boolean largeDiscountApproved) {
}
