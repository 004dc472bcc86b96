package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Published as OrderConfirmed v1 (contracts/events/orders). */
@Revision("1")
public record OrderConfirmedEvent(String orderId, String customerId, String repId, String teamId, List<OrderLine> lines,
                                 BigDecimal total, String currency) {
}
