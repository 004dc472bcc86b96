package com.salesplatform.orders.order.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an order of the past as history (ADMIN): placed and confirmed at {@code confirmedAt}, which may not lie
 * in the future, priced from the catalogue like any order; from then on it lives like any confirmed order.
 */
public record ImportOrderCommand(@TargetAggregateIdentifier String orderId, String customerId,
                                 List<RequestedLine> lines, int paymentTermsDays, Instant confirmedAt,
                                 String importedBy) {
}
