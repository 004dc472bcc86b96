package com.salesplatform.targets.risk.web;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.targets.access.RiskAccess;
import com.salesplatform.targets.risk.api.AssessRiskCommand;
import com.salesplatform.targets.risk.api.CloseRiskCommand;
import com.salesplatform.targets.risk.api.IdentifyRiskCommand;
import com.salesplatform.targets.risk.api.PlanRiskMitigationCommand;
import com.salesplatform.targets.risk.api.RecordRiskOccurrenceCommand;
import com.salesplatform.targets.target.api.FindTargetQuery;
import com.salesplatform.targets.target.query.TargetView;
import com.salesplatform.targets.access.TargetAccess;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
@RequestMapping(RiskController.PATH)
class RiskController {

    static final String PATH = "/api/risks";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RiskAccess access;
    private final VisibleRisks risks;
    private final RosterReplica roster;
    private final TargetAccess targets;

    RiskController(CommandGateway commands, QueryGateway queries, RiskAccess access, VisibleRisks risks,
                   RosterReplica roster, TargetAccess targets) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.risks = risks;
        this.roster = roster;
        this.targets = targets;
    }

    @PostMapping
    ResponseEntity<Created> identify(@Valid @RequestBody IdentifyRiskRequest request, CallerIdentity caller) {
        String owner = ownerOf(request, caller);
        if (!access.mayIdentify(caller, owner)) {
            throw new AccessDeniedException("You may not register risks for this owner");
        }
        List<String> targetIds = lowerCase(request.targetIds());
        targetIds.forEach(targetId -> requireKnownTarget(targetId, caller));
        String riskId = request.id() != null ? request.id().toLowerCase() : UUID.randomUUID().toString();
        commands.sendAndWait(new IdentifyRiskCommand(riskId, request.category(), request.description(),
                request.likelihood(), request.impact(), owner, request.mitigationPlan(), request.contingencyPlan(),
                targetIds, lowerCase(request.customerIds())));
        return Created.at(PATH, riskId);
    }

    @PostMapping("/{riskId}/assessment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assess(@PathVariable String riskId, @Valid @RequestBody AssessRiskRequest request, CallerIdentity caller) {
        risks.toChange(riskId, caller);
        commands.sendAndWait(new AssessRiskCommand(riskId, request.likelihood(), request.impact()));
    }

    @PostMapping("/{riskId}/mitigation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void planMitigation(@PathVariable String riskId, @Valid @RequestBody PlanRiskMitigationRequest request,
                        CallerIdentity caller) {
        risks.toChange(riskId, caller);
        commands.sendAndWait(new PlanRiskMitigationCommand(riskId, request.mitigationPlan(),
                request.contingencyPlan()));
    }

    @PostMapping("/{riskId}/occurrence")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordOccurrence(@PathVariable String riskId, @Valid @RequestBody RiskOccurrenceRequest request,
                          CallerIdentity caller) {
        risks.toChange(riskId, caller);
        commands.sendAndWait(new RecordRiskOccurrenceCommand(riskId, request.description()));
    }

    @PostMapping("/{riskId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String riskId, @Valid @RequestBody CloseRiskRequest request, CallerIdentity caller) {
        risks.toChange(riskId, caller);
        commands.sendAndWait(new CloseRiskCommand(riskId, request.resolution()));
    }

    /** A manager's risk defaults to themselves as owner; a named owner must be a current rep. */
    private String ownerOf(IdentifyRiskRequest request, CallerIdentity caller) {
        if (request.ownerRepId() == null) {
            return caller.isAdmin() ? null : caller.subject();
        }
        String owner = request.ownerRepId().toLowerCase();
        if (!caller.is(owner) && roster.teamOfActiveRep(owner).isEmpty()) {
            throw new FieldRejectedException("ownerRepId", "is not a current rep in the roster");
        }
        return owner;
    }

    /** A target the caller may not read is answered as an unknown one (no existence leak). */
    private void requireKnownTarget(String targetId, CallerIdentity caller) {
        boolean known = queries.query(new FindTargetQuery(targetId), ResponseTypes.optionalInstanceOf(TargetView.class))
                .join().filter(target -> targets.mayRead(caller, target.scope(), target.ownerId())).isPresent();
        if (!known) {
            throw new FieldRejectedException("targetIds", targetId + " is not a known target");
        }
    }

    private static List<String> lowerCase(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(String::toLowerCase).distinct().toList();
    }
}
