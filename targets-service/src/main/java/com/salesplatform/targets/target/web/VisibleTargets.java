package com.salesplatform.targets.target.web;

import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.targets.access.TargetAccess;
import com.salesplatform.targets.target.api.FindTargetQuery;
import com.salesplatform.targets.target.query.TargetView;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The current target a caller asks about, after the object-level check: a target they may not see is a 404, for
 * reads and changes alike (no existence leak); one they may see but not change is a 403.
 */
@Component
class VisibleTargets {

    private final QueryGateway queries;
    private final TargetAccess access;

    VisibleTargets(QueryGateway queries, TargetAccess access) {
        this.queries = queries;
        this.access = access;
    }

    TargetView toRead(String targetId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(current(targetId),
                target -> access.mayRead(caller, target.scope(), target.ownerId()), "Target", targetId);
    }

    TargetView toChange(String targetId, CallerIdentity caller) {
        TargetView target = toRead(targetId, caller);
        ObjectAccess.requireChangeable(access.maySet(caller, target.scope(), target.ownerId()),
                "You may not change this target");
        return target;
    }

    private Optional<TargetView> current(String targetId) {
        return queries.query(new FindTargetQuery(targetId), ResponseTypes.optionalInstanceOf(TargetView.class)).join();
    }
}
