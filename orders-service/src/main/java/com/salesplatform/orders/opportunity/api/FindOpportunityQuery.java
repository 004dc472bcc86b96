package com.salesplatform.orders.opportunity.api;

public record FindOpportunityQuery(String opportunityId) {
}
