package com.salesplatform.customers.customer.query;

import java.util.List;

/** One page of a customer's complaints and how many match in all. */
public record ComplaintPage(List<ComplaintView> items, long totalItems) {
}
