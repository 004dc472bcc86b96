package com.salesplatform.orders.opportunity.query;

import java.util.List;

/** One page of opportunities and how many match in all. */
public record OpportunityList(List<OpportunitySummary> items, long totalItems) {
}
