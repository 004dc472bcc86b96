package com.salesplatform.customers.customer.query;

import java.util.List;

/** One page of a customer's communications and how many match in all. */
public record CommunicationPage(List<CommunicationView> items, long totalItems) {
}
