package com.salesplatform.targets.risk.web;

import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.targets.access.RiskAccess;
import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.risk.query.RiskView;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
        return ObjectAccess.visibleOrNotFound(current(riskId), risk -> access.mayRead(caller, risk.ownerRepId()),
                "Risk", riskId);
    }

    void toChange(String riskId, CallerIdentity caller) {
        ObjectAccess.requireChangeable(access.mayChange(caller, toRead(riskId, caller).ownerRepId()),
                "You may not change this risk");
    }

    private Optional<RiskView> current(String riskId) {
        return queries.query(new FindRiskQuery(riskId), ResponseTypes.optionalInstanceOf(RiskView.class)).join();
    }
}
