package com.salesplatform.customers.customer.api;

/** Every event of the customer with who and when, personal data as readable now. */
public record FindCustomerHistoryQuery(String customerId) {
}
