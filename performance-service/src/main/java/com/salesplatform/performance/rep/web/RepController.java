package com.salesplatform.performance.rep.web;

import com.salesplatform.performance.rep.api.HireRepCommand;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(RepController.PATH)
class RepController {

    static final String PATH = "/api/reps";

    private final CommandGateway commands;
    private final RepAccess access;

    RepController(CommandGateway commands, RepAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Created> hire(@Valid @RequestBody HireRepRequest request, CallerIdentity caller) {
        String teamId = request.teamId().toLowerCase(Locale.ROOT);
        if (!access.mayHire(caller, teamId)) {
            throw new AccessDeniedException("You may hire reps only into a team you manage");
        }
        String repId = request.id() != null ? request.id().toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        commands.sendAndWait(new HireRepCommand(repId, request.name(), teamId, request.grade(), request.hiredOn()));
        return Created.at(PATH, repId);
    }
}
