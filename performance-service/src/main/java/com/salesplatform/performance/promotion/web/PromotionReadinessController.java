package com.salesplatform.performance.promotion.web;

import com.salesplatform.performance.promotion.api.FindPromotionReadinessQuery;
import com.salesplatform.performance.promotion.query.PromotionReadiness;
import com.salesplatform.performance.rep.api.FindRepQuery;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.performance.rep.web.RepAccess;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reps/{id}/promotion-readiness}, for whoever may see the rep. */
@RestController
class PromotionReadinessController {

    private final QueryGateway queries;
    private final RepAccess access;
    private final Clock clock;

    PromotionReadinessController(QueryGateway queries, RepAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/reps/{repId}/promotion-readiness")
    PromotionReadiness readiness(@PathVariable String repId, CallerIdentity caller) {
        RepView rep = ObjectAccess.visibleOrNotFound(
                queries.query(new FindRepQuery(repId), ResponseTypes.optionalInstanceOf(RepView.class)).join(),
                view -> access.mayRead(caller, view), "Rep", repId);
        return queries.query(new FindPromotionReadinessQuery(rep.id(), rep.grade(), LocalDate.now(clock)),
                ResponseTypes.instanceOf(PromotionReadiness.class)).join();
    }
}
