package com.salesplatform.customers.customer.api;

import java.time.Instant;

/** The customer's full profile, now or as it was at {@code asOf} (rebuilt from the event store). */
public record FindCustomerQuery(String customerId, Instant asOf) {
}
