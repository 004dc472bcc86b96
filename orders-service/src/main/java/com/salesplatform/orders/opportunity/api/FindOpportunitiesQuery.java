package com.salesplatform.orders.opportunity.api;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.web.PageQuery;

/** One page of opportunities, most recently changed first, within what the caller may see. */
public record FindOpportunitiesQuery(String repId, String customerId, OpportunityStage stage, CallerScope visibility,
                                     PageQuery page) {
}
