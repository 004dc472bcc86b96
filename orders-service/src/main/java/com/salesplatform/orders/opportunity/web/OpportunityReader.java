package com.salesplatform.orders.opportunity.web;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.opportunity.api.FindOpportunityQuery;
import com.salesplatform.orders.opportunity.query.OpportunityView;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** An opportunity the caller may see, or a 404 (no existence leak). */
@Component
class OpportunityReader {

    private final QueryGateway queries;
    private final SalesAccess access;

    OpportunityReader(QueryGateway queries, SalesAccess access) {
        this.queries = queries;
        this.access = access;
    }

    OpportunityView visible(String opportunityId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(queries.query(new FindOpportunityQuery(
                        opportunityId.toLowerCase(Locale.ROOT)), ResponseTypes.optionalInstanceOf(OpportunityView.class))
                .join(), deal -> access.mayRead(caller, deal.repId(), deal.teamId()), "Opportunity", opportunityId);
    }
}
