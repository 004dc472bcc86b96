package com.salesplatform.customers.customer.query;

import java.util.List;

/** One page of a customer's follow-ups (or of a work list) and how many match in all. */
public record FollowUpPage(List<FollowUpView> items, long totalItems) {
}
