package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as OrderCreditReleased v1 (contracts/events/orders). */
@Revision("1")
public record OrderCreditReleasedEvent(String orderId, String customerId, String repId, BigDecimal total,
                                       String currency) {
}
