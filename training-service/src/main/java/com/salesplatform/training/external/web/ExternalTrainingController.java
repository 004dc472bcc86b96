package com.salesplatform.training.external.web;

import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.training.external.api.FindExternalTrainingQuery;
import com.salesplatform.training.external.api.RecordExternalTrainingCommand;
import com.salesplatform.training.record.query.TrainingRecord;
import com.salesplatform.training.shared.Access;
import com.salesplatform.training.shared.Ids;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A rep records their own outside training; their manager or an admin may record it for them. */
@RestController
@RequestMapping(ExternalTrainingController.PATH)
class ExternalTrainingController {

    static final String PATH = "/api/external-trainings";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Access access;

    ExternalTrainingController(CommandGateway commands, QueryGateway queries, Access access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Created> record(@Valid @RequestBody RecordExternalTrainingRequest request, CallerIdentity caller) {
        access.requireLearner(caller);
        String repId = request.repId() == null ? Ids.normalised(caller.subject()) : Ids.normalised(request.repId());
        ObjectAccess.requireChangeable(access.mayActFor(caller, repId),
                "Only the rep, their manager or an ADMIN may record their training");
        String id = Ids.chosenOrNew(request.id());
        commands.sendAndWait(new RecordExternalTrainingCommand(id, repId, request.kind(), request.title(),
                request.organiser(), request.attendedOn(), request.hours()));
        return Created.at(PATH, id);
    }

    @GetMapping("/{externalTrainingId}")
    TrainingRecord.External externalTraining(@PathVariable String externalTrainingId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(queries.query(
                        new FindExternalTrainingQuery(Ids.normalised(externalTrainingId)),
                        ResponseTypes.optionalInstanceOf(TrainingRecord.External.class)).join(),
                training -> access.mayReadAbout(caller, training.repId()), "External training", externalTrainingId);
    }
}
