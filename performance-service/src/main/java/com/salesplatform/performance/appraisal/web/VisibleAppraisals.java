package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.api.FindAppraisalQuery;
import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.platform.access.ObjectAccess;
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
        return ObjectAccess.visibleOrNotFound(current(appraisalId), view -> access.mayRead(caller, view), "Appraisal",
                appraisalId);
    }

    Optional<AppraisalView> visible(String appraisalId, CallerIdentity caller) {
        return current(appraisalId).filter(view -> access.mayRead(caller, view));
    }

    private Optional<AppraisalView> current(String appraisalId) {
        return queries.query(new FindAppraisalQuery(appraisalId), ResponseTypes.optionalInstanceOf(AppraisalView.class))
                .join();
    }
}
