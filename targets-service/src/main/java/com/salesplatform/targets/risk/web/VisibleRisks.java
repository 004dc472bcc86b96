package com.salesplatform.targets.risk.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.NotFoundException;
import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.risk.query.RiskView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The current risk a caller asks about, after the object-level check (404 to read, 403 to change). */
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
        if (!access.mayChange(caller, current(riskId).ownerRepId())) {
            throw new AccessDeniedException("You may not change this risk");
        }
    }

    private RiskView current(String riskId) {
        return queries.query(new FindRiskQuery(riskId), ResponseTypes.optionalInstanceOf(RiskView.class)).join()
                .orElseThrow(() -> new NotFoundException("Risk", riskId));
    }
}
