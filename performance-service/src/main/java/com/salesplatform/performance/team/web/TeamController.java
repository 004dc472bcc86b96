package com.salesplatform.performance.team.web;

import com.salesplatform.performance.team.api.AssignTeamManagerCommand;
import com.salesplatform.performance.team.api.CreateTeamCommand;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TeamController.PATH)
class TeamController {

    static final String PATH = "/api/teams";

    private final CommandGateway commands;
    private final TeamAccess access;

    TeamController(CommandGateway commands, TeamAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Created> create(@Valid @RequestBody CreateTeamRequest request, CallerIdentity caller) {
        if (!access.mayCreate(caller)) {
            throw new AccessDeniedException("Only an ADMIN may create teams");
        }
        String teamId = request.id() != null ? request.id().toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        String managerRepId = request.managerRepId() == null ? null : request.managerRepId().toLowerCase(Locale.ROOT);
        commands.sendAndWait(new CreateTeamCommand(teamId, request.name(), managerRepId));
        return Created.at(PATH, teamId);
    }

    @PutMapping("/{teamId}/manager")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assignManager(@PathVariable String teamId, @Valid @RequestBody AssignTeamManagerRequest request,
                       CallerIdentity caller) {
        if (!access.mayCreate(caller)) {
            throw new AccessDeniedException("Only an ADMIN may assign a team's manager");
        }
        commands.sendAndWait(new AssignTeamManagerCommand(teamId.toLowerCase(Locale.ROOT),
                request.managerRepId().toLowerCase(Locale.ROOT)));
    }
}
