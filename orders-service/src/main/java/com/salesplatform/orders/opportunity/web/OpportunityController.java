package com.salesplatform.orders.opportunity.web;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.opportunity.api.ChangeOpportunityStageCommand;
import com.salesplatform.orders.opportunity.api.MarkOpportunityLostCommand;
import com.salesplatform.orders.opportunity.api.MarkOpportunityWonCommand;
import com.salesplatform.orders.opportunity.api.OpenOpportunityCommand;
import com.salesplatform.orders.opportunity.api.RecordNegotiationRoundCommand;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening deals and moving them through the standard stages. */
@RestController
@RequestMapping(OpportunityController.PATH)
class OpportunityController {

    static final String PATH = "/api/opportunities";

    private final CommandGateway commands;
    private final SalesAccess access;
    private final OpportunityReader opportunities;

    OpportunityController(CommandGateway commands, SalesAccess access, OpportunityReader opportunities) {
        this.commands = commands;
        this.access = access;
        this.opportunities = opportunities;
    }

    @PostMapping
    ResponseEntity<Created> open(@Valid @RequestBody OpenOpportunityRequest request, CallerIdentity caller) {
        String customerId = request.customerId().toLowerCase(Locale.ROOT);
        access.requireMayDealWith(caller, customerId);
        String id = request.id() != null ? request.id().toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        commands.sendAndWait(new OpenOpportunityCommand(id, customerId, request.title(), request.expectedAmount(),
                request.expectedCloseDate()));
        return Created.at(PATH, id);
    }

    @PostMapping("/{opportunityId}/stage")
    ResponseEntity<Void> changeStage(@PathVariable String opportunityId,
                                     @Valid @RequestBody ChangeStageRequest request, CallerIdentity caller) {
        return send(new ChangeOpportunityStageCommand(changeable(opportunityId, caller), request.stage()));
    }

    @PostMapping("/{opportunityId}/negotiation-rounds")
    ResponseEntity<Void> negotiate(@PathVariable String opportunityId,
                                   @Valid @RequestBody NegotiationRoundRequest request, CallerIdentity caller) {
        return send(new RecordNegotiationRoundCommand(changeable(opportunityId, caller), request.ourOffer(),
                request.counterOffer(), request.notes()));
    }

    @PostMapping("/{opportunityId}/won")
    ResponseEntity<Void> won(@PathVariable String opportunityId, @Valid @RequestBody WonRequest request,
                             CallerIdentity caller) {
        return send(new MarkOpportunityWonCommand(changeable(opportunityId, caller), request.amount(),
                request.reason()));
    }

    @PostMapping("/{opportunityId}/lost")
    ResponseEntity<Void> lost(@PathVariable String opportunityId, @Valid @RequestBody LostRequest request,
                              CallerIdentity caller) {
        return send(new MarkOpportunityLostCommand(changeable(opportunityId, caller), request.reason(),
                request.competitor()));
    }

    private String changeable(String opportunityId, CallerIdentity caller) {
        String id = opportunities.visible(opportunityId, caller).id();
        access.requireMayChange(caller);
        return id;
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
