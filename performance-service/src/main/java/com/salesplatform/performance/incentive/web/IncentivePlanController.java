package com.salesplatform.performance.incentive.web;

import com.salesplatform.performance.incentive.api.DefineIncentivePlanCommand;
import com.salesplatform.performance.incentive.api.FindIncentivePlanQuery;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Incentive plans: ADMIN defines; everyone with a token may read one (reps should know how they are paid). */
@RestController
@RequestMapping(IncentivePlanController.PATH)
class IncentivePlanController {

    static final String PATH = "/api/incentive-plans";

    private final CommandGateway commands;
    private final QueryGateway queries;

    IncentivePlanController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Created> define(@Valid @RequestBody DefineIncentivePlanRequest request, CallerIdentity caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Only an ADMIN may define incentive plans");
        }
        String planId = UUID.randomUUID().toString();
        commands.sendAndWait(new DefineIncentivePlanCommand(planId, request.name(), request.period(), request.tiers(),
                request.targetBonus(), request.teamBonus()));
        return Created.at(PATH, planId);
    }

    @GetMapping("/{planId}")
    IncentivePlanView plan(@PathVariable String planId) {
        return queries.query(new FindIncentivePlanQuery(planId),
                        ResponseTypes.optionalInstanceOf(IncentivePlanDefinedEvent.class)).join()
                .map(IncentivePlanView::of)
                .orElseThrow(() -> new NotFoundException("Incentive plan", planId));
    }
}
