package com.salesplatform.customers.prospecting.web;

import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.prospecting.api.FindProspectingPlanQuery;
import com.salesplatform.customers.prospecting.api.SetProspectingPlanCommand;
import com.salesplatform.customers.prospecting.query.ProspectingPlanView;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A rep's monthly prospecting plan: set by an ADMIN or the rep's MANAGER; read by them and the rep, with its
 * coverage so far. Others get 404.
 */
@RestController
@RequestMapping("/api/prospecting-plans/{repId}/{month}")
class ProspectingPlanController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OwnerScope owners;

    ProspectingPlanController(CommandGateway commands, QueryGateway queries, OwnerScope owners) {
        this.commands = commands;
        this.queries = queries;
        this.owners = owners;
    }

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    record PlanRequest(@NotNull @Min(0) @Max(10_000) Integer minimumNewLeads,
                       Map<LeadChannel, @NotNull @Min(0) @Max(10_000) Integer> byChannel) {
    }

    /** The path's month and rep are checked by the command (400 naming {@code month} or {@code repId}). */
    @PutMapping
    ResponseEntity<Void> set(@PathVariable String repId, @PathVariable String month,
                             @Valid @RequestBody PlanRequest request, CallerIdentity caller) {
        String rep = repId.toLowerCase(Locale.ROOT);
        if (!mayRead(caller, rep)) {
            throw new NotFoundException("Prospecting plan", rep + "/" + month);
        }
        ObjectAccess.requireChangeable(caller.isAdmin() || owners.managesTeamOf(caller, rep),
                "Only an ADMIN or the rep's MANAGER sets a prospecting plan");
        commands.sendAndWait(new SetProspectingPlanCommand(SetProspectingPlanCommand.planIdOf(rep, month), rep, month,
                request.minimumNewLeads(), request.byChannel()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    ProspectingPlanView get(@PathVariable @Pattern(regexp = UUID, message = "must be a UUID") String repId,
                            @PathVariable @Pattern(regexp = MONTH, message = "must be a month like 2027-03")
                            String month,
                            CallerIdentity caller) {
        String rep = repId.toLowerCase(Locale.ROOT);
        if (!mayRead(caller, rep)) {
            throw new NotFoundException("Prospecting plan", rep + "/" + month);
        }
        Optional<ProspectingPlanView> plan = queries.query(new FindProspectingPlanQuery(rep, month),
                ResponseTypes.optionalInstanceOf(ProspectingPlanView.class)).join();
        return plan.orElseThrow(() -> new NotFoundException("Prospecting plan", rep + "/" + month));
    }

    /** A rep's plans: the caller's scope over the rep; anyone else gets 404, reads and writes. */
    private boolean mayRead(CallerIdentity caller, String repId) {
        return owners.covers(caller, repId);
    }
}
