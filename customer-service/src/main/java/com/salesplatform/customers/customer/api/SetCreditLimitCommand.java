package com.salesplatform.customers.customer.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the credit limit orders-service checks orders against. */
public record SetCreditLimitCommand(@TargetAggregateIdentifier String customerId, BigDecimal amount) {
}
