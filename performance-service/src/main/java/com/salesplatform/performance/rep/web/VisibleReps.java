package com.salesplatform.performance.rep.web;

import com.salesplatform.performance.rep.api.FindRepQuery;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The current rep, if the caller may see them; otherwise 404, so nobody learns that a rep exists. */
@Component
class VisibleReps {

    private final QueryGateway queries;
    private final RepAccess access;

    VisibleReps(QueryGateway queries, RepAccess access) {
        this.queries = queries;
        this.access = access;
    }

    RepView find(String repId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(
                queries.query(new FindRepQuery(repId), ResponseTypes.optionalInstanceOf(RepView.class)).join(),
                view -> access.mayRead(caller, view), "Rep", repId);
    }
}
