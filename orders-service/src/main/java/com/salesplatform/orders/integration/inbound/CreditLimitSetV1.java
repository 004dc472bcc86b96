package com.salesplatform.orders.integration.inbound;

import java.math.BigDecimal;

/**
 * This service's reading of customer-service's CreditLimitSet v1: the customer's credit limit; only the fields it
 * uses.
 */
public record CreditLimitSetV1(String customerId, BigDecimal amount) {
}
