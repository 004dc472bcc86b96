package com.salesplatform.targets.target.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.FieldRejectedException;
import com.salesplatform.targets.roster.Roster;
import com.salesplatform.targets.target.api.SetTargetCommand;
import com.salesplatform.targets.target.api.TargetScope;
import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TargetController.PATH)
class TargetController {

    static final String PATH = "/api/targets";

    private final CommandGateway commands;
    private final TargetAccess access;
    private final Roster roster;

    TargetController(CommandGateway commands, TargetAccess access, Roster roster) {
        this.commands = commands;
        this.access = access;
        this.roster = roster;
    }

    @PostMapping
    ResponseEntity<Created> set(@Valid @RequestBody SetTargetRequest request, CallerIdentity caller) {
        requireKnownOwner(request.scope(), request.ownerId());
        if (!access.maySet(caller, request.scope(), request.ownerId())) {
            throw new AccessDeniedException("You may not set targets for this owner");
        }
        String targetId = request.id() != null ? request.id().toLowerCase() : UUID.randomUUID().toString();
        commands.sendAndWait(new SetTargetCommand(targetId, request.scope(), request.ownerId(), request.period(),
                request.metric(), request.amount(), request.currency(), request.specific(), request.achievable(),
                request.relevant()));
        return Created.at(PATH, targetId);
    }

    private void requireKnownOwner(TargetScope scope, String ownerId) {
        if (ownerId == null) {
            return;
        }
        boolean known = switch (scope) {
            case TEAM -> roster.teamExists(ownerId);
            case REP -> roster.teamOfActiveRep(ownerId).isPresent();
            case COMPANY -> true;
        };
        if (!known) {
            throw new FieldRejectedException("ownerId", "is not a " + (scope == TargetScope.TEAM ? "team" : "current rep")
                    + " in the roster");
        }
    }
}
