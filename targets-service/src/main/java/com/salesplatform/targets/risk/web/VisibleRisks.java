package com.salesplatform.targets.risk.web;

import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.targets.access.RiskAccess;
import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.risk.query.RiskView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The current risk a caller asks about, after the object-level check: one they may not read is a 404, for reads and
 * changes alike (no existence leak); one they may read but not change is a 403.
 */
@Component
class VisibleRisks {

    private final QueryGateway queries;
    private final RiskAccess access;

    VisibleRisks(QueryGateway queries, RiskAccess access) {
        this.queries = queries;
        this.access = access;
    }

    RiskView toRead(String riskId, CallerIdentity caller) {
        RiskView risk = current(riskId);
        if (!access.mayRead(caller, risk.ownerRepId())) {
            throw new NotFoundException("Risk", riskId);
        }
        return risk;
    }

    void toChange(String riskId, CallerIdentity caller) {
        if (!access.mayChange(caller, toRead(riskId, caller).ownerRepId())) {
            throw new AccessDeniedException("You may not change this risk");
        }
    }

    private RiskView current(String riskId) {
        return queries.query(new FindRiskQuery(riskId), ResponseTypes.optionalInstanceOf(RiskView.class)).join()
                .orElseThrow(() -> new NotFoundException("Risk", riskId));
    }
}
