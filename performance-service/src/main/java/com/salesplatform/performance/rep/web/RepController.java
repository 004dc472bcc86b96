package com.salesplatform.performance.rep.web;

import com.salesplatform.performance.rep.api.HireRepCommand;
import com.salesplatform.performance.rep.api.PromoteRepCommand;
import com.salesplatform.performance.rep.api.RecordRepDepartureCommand;
import com.salesplatform.performance.rep.api.TransferRepCommand;
import com.salesplatform.performance.rep.query.RepView;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(RepController.PATH)
class RepController {

    static final String PATH = "/api/reps";

    private final CommandGateway commands;
    private final RepAccess access;
    private final VisibleReps reps;

    RepController(CommandGateway commands, RepAccess access, VisibleReps reps) {
        this.commands = commands;
        this.access = access;
        this.reps = reps;
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

    @PostMapping("/{repId}/transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(@PathVariable String repId, @Valid @RequestBody TransferRepRequest request, CallerIdentity caller) {
        RepView rep = changeable(repId, caller);
        commands.sendAndWait(new TransferRepCommand(rep.id(), request.toTeamId().toLowerCase(Locale.ROOT),
                request.effectiveOn()));
    }

    @PostMapping("/{repId}/promotion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void promote(@PathVariable String repId, @Valid @RequestBody PromoteRepRequest request, CallerIdentity caller) {
        commands.sendAndWait(new PromoteRepCommand(changeable(repId, caller).id(), request.toGrade()));
    }

    @PostMapping("/{repId}/departure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void depart(@PathVariable String repId, @Valid @RequestBody RepDepartureRequest request, CallerIdentity caller) {
        commands.sendAndWait(new RecordRepDepartureCommand(changeable(repId, caller).id(), request.departedOn()));
    }

    private RepView changeable(String repId, CallerIdentity caller) {
        RepView rep = reps.find(repId, caller);
        if (!access.mayChange(caller, rep)) {
            throw new AccessDeniedException("Only an ADMIN or the manager of the rep's team may change the rep");
        }
        return rep;
    }
}
