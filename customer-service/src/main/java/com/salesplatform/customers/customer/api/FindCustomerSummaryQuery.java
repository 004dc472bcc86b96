package com.salesplatform.customers.customer.api;

/** The list entry of one customer with its owner's team, for access checks. */
public record FindCustomerSummaryQuery(String customerId) {
}
