package com.salesplatform.customers.customer.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** The customer's credit limit (2 decimals) for orders-service's credit check. */
@Revision("1")
public record CreditLimitSetEvent(String customerId, BigDecimal amount, String currency) {
}
