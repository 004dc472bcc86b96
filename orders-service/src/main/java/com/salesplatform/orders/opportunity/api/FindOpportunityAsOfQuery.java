package com.salesplatform.orders.opportunity.api;

import java.time.Instant;

/** An opportunity as it was at {@code asOf}, rebuilt from the event store. */
public record FindOpportunityAsOfQuery(String opportunityId, Instant asOf) {
}
