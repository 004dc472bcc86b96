package com.salesplatform.customers.customer.query;

import java.util.List;

/** One page of customers and how many match in all. */
public record CustomerList(List<CustomerSummary> items, long totalItems) {
}
