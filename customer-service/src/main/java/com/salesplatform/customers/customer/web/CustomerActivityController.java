package com.salesplatform.customers.customer.web;

import com.salesplatform.customers.customer.api.CompleteFollowUpCommand;
import com.salesplatform.customers.customer.api.LogCommunicationCommand;
import com.salesplatform.customers.customer.api.OpenComplaintCommand;
import com.salesplatform.customers.customer.api.RecordSatisfactionCommand;
import com.salesplatform.customers.customer.api.ResolveComplaintCommand;
import com.salesplatform.customers.customer.api.ScheduleFollowUpCommand;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Working a customer: conversations, follow-ups, satisfaction and complaints (客户跟进). */
@RestController
@RequestMapping(CustomerController.PATH + "/{id}")
class CustomerActivityController {

    private final CommandGateway commands;
    private final CustomerAccess access;

    CustomerActivityController(CommandGateway commands, CustomerAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping("/communications")
    ResponseEntity<Created> logCommunication(@PathVariable String id,
                                             @Valid @RequestBody Requests.Communication request,
                                             CallerIdentity caller) {
        access.writable(caller, id);
        String communicationId = UUID.randomUUID().toString();
        commands.sendAndWait(new LogCommunicationCommand(id, communicationId, request.type(), request.occurredAt(),
                request.summary(), request.outcome(), request.nextStep()));
        return Created.at(CustomerController.PATH + "/" + id + "/communications", communicationId);
    }

    @PostMapping("/follow-ups")
    ResponseEntity<Created> scheduleFollowUp(@PathVariable String id, @Valid @RequestBody Requests.FollowUp request,
                                             CallerIdentity caller) {
        access.writable(caller, id);
        String followUpId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleFollowUpCommand(id, followUpId, request.dueAt(), request.purpose()));
        return Created.at(CustomerController.PATH + "/" + id + "/follow-ups", followUpId);
    }

    @PostMapping("/follow-ups/{followUpId}/completion")
    ResponseEntity<Void> completeFollowUp(@PathVariable String id, @PathVariable String followUpId,
                                          @Valid @RequestBody Requests.FollowUpCompletion request,
                                          CallerIdentity caller) {
        access.writable(caller, id);
        commands.sendAndWait(new CompleteFollowUpCommand(id, followUpId, request.outcome(),
                request.satisfactionScore()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/satisfaction")
    ResponseEntity<Void> recordSatisfaction(@PathVariable String id,
                                            @Valid @RequestBody Requests.Satisfaction request,
                                            CallerIdentity caller) {
        access.writable(caller, id);
        commands.sendAndWait(new RecordSatisfactionCommand(id, request.score(), request.comment()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/complaints")
    ResponseEntity<Created> openComplaint(@PathVariable String id, @Valid @RequestBody Requests.Complaint request,
                                          CallerIdentity caller) {
        access.writable(caller, id);
        String complaintId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenComplaintCommand(id, complaintId, request.subject(), request.description()));
        return Created.at(CustomerController.PATH + "/" + id + "/complaints", complaintId);
    }

    @PostMapping("/complaints/{complaintId}/resolution")
    ResponseEntity<Void> resolveComplaint(@PathVariable String id, @PathVariable String complaintId,
                                          @Valid @RequestBody Requests.Resolution request, CallerIdentity caller) {
        access.writable(caller, id);
        commands.sendAndWait(new ResolveComplaintCommand(id, complaintId, request.resolution()));
        return ResponseEntity.noContent().build();
    }
}
