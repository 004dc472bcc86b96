package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.api.FindAppraisalQuery;
import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** An appraisal the caller may see; otherwise 404, so nobody learns that it exists. */
@Component
class VisibleAppraisals {

    private final QueryGateway queries;
    private final AppraisalAccess access;

    VisibleAppraisals(QueryGateway queries, AppraisalAccess access) {
        this.queries = queries;
        this.access = access;
    }

    AppraisalView find(String appraisalId, CallerIdentity caller) {
        return visible(appraisalId, caller).orElseThrow(() -> new NotFoundException("Appraisal", appraisalId));
    }

    Optional<AppraisalView> visible(String appraisalId, CallerIdentity caller) {
        return queries.query(new FindAppraisalQuery(appraisalId), ResponseTypes.optionalInstanceOf(AppraisalView.class))
                .join()
                .filter(view -> access.mayRead(caller, view));
    }
}
