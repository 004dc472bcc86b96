package com.salesplatform.orders.opportunity.api;

import com.salesplatform.orders.access.Visibility;
import com.salesplatform.platform.web.PageQuery;

/** One page of opportunities, most recently changed first, within what the caller may see. */
public record FindOpportunitiesQuery(String repId, String customerId, OpportunityStage stage, Visibility visibility,
                                     PageQuery page) {
}
