package com.salesplatform.targets.target.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.risk.query.RiskView;
import com.salesplatform.targets.access.RiskAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Whether an adjustment's {@code riskId} names a risk of the register the caller may read: another team's risk is
 * answered as an unknown one, so the answer says nothing about its existence.
 */
@Component
class KnownRisks {

    private final QueryGateway queries;
    private final RiskAccess access;

    KnownRisks(QueryGateway queries, RiskAccess access) {
        this.queries = queries;
        this.access = access;
    }

    boolean visible(String riskId, CallerIdentity caller) {
        return queries.query(new FindRiskQuery(riskId), ResponseTypes.optionalInstanceOf(RiskView.class)).join()
                .filter(risk -> access.mayRead(caller, risk.ownerRepId()))
                .isPresent();
    }
}
