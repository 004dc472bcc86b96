package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as OrderPaid v1 (contracts/events/orders). */
@Revision("1")
public record OrderPaidEvent(String orderId, String customerId, String repId, String teamId, BigDecimal total,
                            String currency) {
}
