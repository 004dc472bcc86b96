package com.salesplatform.targets.target.web;

import com.salesplatform.targets.risk.api.FindRiskQuery;
import com.salesplatform.targets.risk.query.RiskView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Whether an adjustment's {@code riskId} names a risk of the register. */
@Component
class KnownRisks {

    private final QueryGateway queries;

    KnownRisks(QueryGateway queries) {
        this.queries = queries;
    }

    boolean exists(String riskId) {
        return queries.query(new FindRiskQuery(riskId), ResponseTypes.optionalInstanceOf(RiskView.class)).join()
                .isPresent();
    }
}
