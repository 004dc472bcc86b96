package com.salesplatform.targets.target.web;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.targets.access.TargetAccess;
import com.salesplatform.targets.target.api.ActivateTargetCommand;
import com.salesplatform.targets.target.api.AdjustTargetCommand;
import com.salesplatform.targets.target.api.AllocateTargetCommand;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.CloseTargetCommand;
import com.salesplatform.targets.target.api.DecomposeTargetCommand;
import com.salesplatform.targets.target.api.SetTargetCommand;
import com.salesplatform.targets.target.query.TargetView;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TargetController.PATH)
class TargetController {

    static final String PATH = "/api/targets";

    private final CommandGateway commands;
    private final TargetAccess access;
    private final VisibleTargets targets;
    private final KnownRisks risks;

    TargetController(CommandGateway commands, TargetAccess access, VisibleTargets targets,
                     KnownRisks risks) {
        this.commands = commands;
        this.access = access;
        this.targets = targets;
        this.risks = risks;
    }

    @PostMapping
    ResponseEntity<Created> set(@Valid @RequestBody SetTargetRequest request, CallerIdentity caller) {
        String incentivePlanId = checkedPlan(request);
        if (!access.maySet(caller, request.scope(), request.ownerId())) {
            throw new AccessDeniedException("You may not set targets for this owner");
        }
        return record(request, incentivePlanId, null);
    }

    /**
     * ADMIN records the target of a past period, as history (a new installation's past months): the rules of
     * {@link #set}, except that the period may have ended (it must have begun); the target and its parts are marked
     * {@code importedBy}.
     */
    @PostMapping("/imports")
    ResponseEntity<Created> importTarget(@Valid @RequestBody SetTargetRequest request, CallerIdentity caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Only ADMIN imports the targets of past periods");
        }
        return record(request, checkedPlan(request), caller.subject());
    }

    /** The plan's id as stored (the aggregate checks that it rewards the period, and the owner against the roster). */
    private static String checkedPlan(SetTargetRequest request) {
        return request.incentivePlanId() == null ? null : request.incentivePlanId().toLowerCase();
    }

    private ResponseEntity<Created> record(SetTargetRequest request, String incentivePlanId, String importedBy) {
        String targetId = request.id() != null ? request.id().toLowerCase() : UUID.randomUUID().toString();
        commands.sendAndWait(new SetTargetCommand(targetId, request.scope(), request.ownerId(), request.period(),
                request.metric(), request.amount(), request.currency(), request.specific(), request.achievable(),
                request.relevant(), incentivePlanId, importedBy));
        return Created.at(PATH, targetId);
    }

    @PostMapping("/{targetId}/decomposition")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decompose(@PathVariable String targetId, @Valid @RequestBody DecomposeTargetRequest request,
                   CallerIdentity caller) {
        targets.toChange(targetId, caller);
        commands.sendAndWait(new DecomposeTargetCommand(targetId, request.granularity(), request.weights()));
    }

    @PostMapping("/{targetId}/allocations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void allocate(@PathVariable String targetId, @Valid @RequestBody AllocateTargetRequest request,
                  CallerIdentity caller) {
        TargetView target = targets.toChange(targetId, caller);
        List<Allocation> allocations = request.allocations().stream()
                .map(entry -> new Allocation(entry.scope(), entry.ownerId().toLowerCase(), entry.amount()))
                .toList();
        if (!access.mayAllocate(caller, target.allocations(), allocations)) {
            throw new AccessDeniedException("Your own share of a target is allocated by ADMIN");
        }
        commands.sendAndWait(new AllocateTargetCommand(targetId, allocations));
    }

    @PostMapping("/{targetId}/adjustments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void adjust(@PathVariable String targetId, @Valid @RequestBody AdjustTargetRequest request,
                CallerIdentity caller) {
        targets.toChange(targetId, caller);
        String riskId = request.riskId() == null ? null : request.riskId().toLowerCase();
        if (riskId != null && !risks.visible(riskId, caller)) {
            throw new FieldRejectedException("riskId", "is not a risk in the register");
        }
        commands.sendAndWait(new AdjustTargetCommand(targetId, request.amount(), request.reason(), riskId));
    }

    @PostMapping("/{targetId}/activation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void activate(@PathVariable String targetId, CallerIdentity caller) {
        targets.toChange(targetId, caller);
        commands.sendAndWait(new ActivateTargetCommand(targetId));
    }

    @PostMapping("/{targetId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String targetId, CallerIdentity caller) {
        targets.toChange(targetId, caller);
        commands.sendAndWait(new CloseTargetCommand(targetId));
    }
}
