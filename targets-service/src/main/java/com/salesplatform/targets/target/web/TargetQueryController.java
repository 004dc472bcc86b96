package com.salesplatform.targets.target.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.NotFoundException;
import com.salesplatform.targets.target.api.FindTargetQuery;
import com.salesplatform.targets.target.query.TargetView;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TargetController.PATH)
class TargetQueryController {

    private final QueryGateway queries;
    private final TargetAccess access;

    TargetQueryController(QueryGateway queries, TargetAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/{targetId}")
    TargetView target(@PathVariable String targetId, CallerIdentity caller) {
        Optional<TargetView> target = queries.query(new FindTargetQuery(targetId),
                ResponseTypes.optionalInstanceOf(TargetView.class)).join();
        return target
                .filter(view -> access.mayRead(caller, view.scope(), view.ownerId()))
                .orElseThrow(() -> new NotFoundException("Target", targetId));
    }
}
