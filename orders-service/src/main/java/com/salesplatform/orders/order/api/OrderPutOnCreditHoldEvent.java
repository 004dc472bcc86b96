package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Published as OrderPutOnCreditHold v1 (contracts/events/orders).
 * {@code exposure}: the customer's unpaid amount before this order.
 */
@Revision("1")
public record OrderPutOnCreditHoldEvent(String orderId, String customerId, String repId, CreditHoldReason reason,
                                       BigDecimal creditLimit, BigDecimal exposure, BigDecimal orderTotal,
                                       String currency) {
}
