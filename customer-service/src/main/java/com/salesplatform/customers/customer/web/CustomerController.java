package com.salesplatform.customers.customer.web;

import com.salesplatform.customers.customer.api.AddContactCommand;
import com.salesplatform.customers.customer.api.ConvertCustomerCommand;
import com.salesplatform.customers.customer.api.EraseContactCommand;
import com.salesplatform.customers.customer.api.ErasePersonalDataCommand;
import com.salesplatform.customers.customer.api.MarkCustomerDormantCommand;
import com.salesplatform.customers.customer.api.MarkCustomerLostCommand;
import com.salesplatform.customers.customer.api.QualifyLeadCommand;
import com.salesplatform.customers.customer.api.ReassignCustomerCommand;
import com.salesplatform.customers.customer.api.RegisterLeadCommand;
import com.salesplatform.customers.customer.api.SetCreditLimitCommand;
import com.salesplatform.customers.customer.api.UpdateCustomerProfileCommand;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer file's lifecycle: leads, status changes, profile, contacts, owner, credit limit, erasure. */
@RestController
@RequestMapping(CustomerController.PATH)
class CustomerController {

    static final String PATH = "/api/customers";

    private final CommandGateway commands;
    private final CustomerAccess access;

    CustomerController(CommandGateway commands, CustomerAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping("/leads")
    ResponseEntity<Created> registerLead(@Valid @RequestBody Requests.RegisterLead request,
                                         @RequestParam(defaultValue = "false") boolean force, CallerIdentity caller) {
        access.requireWriter(caller);
        if (request.ownerRepId() == null && caller.isAdmin()) {
            throw new FieldRejectedException("ownerRepId", "is required when an ADMIN registers a lead: name the rep "
                    + "who owns it");
        }
        String owner = request.ownerRepId() == null ? caller.subject() : lower(request.ownerRepId());
        access.requireMayAssignTo(caller, owner);
        String customerId = request.id() == null ? UUID.randomUUID().toString() : lower(request.id());
        String contactId = request.contact() == null ? null : UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterLeadCommand(customerId, request.name(), request.type(), request.industry(),
                request.region(), request.channel(), contactId,
                request.contact() == null ? null : request.contact().input(), owner, force));
        return Created.at(PATH, customerId);
    }

    @PostMapping("/{id}/qualification")
    ResponseEntity<Void> qualify(@PathVariable String id, CallerIdentity caller) {
        return change(caller, id, new QualifyLeadCommand(id));
    }

    @PostMapping("/{id}/conversion")
    ResponseEntity<Void> convert(@PathVariable String id, CallerIdentity caller) {
        return change(caller, id, new ConvertCustomerCommand(id));
    }

    @PostMapping("/{id}/dormancy")
    ResponseEntity<Void> markDormant(@PathVariable String id, @Valid @RequestBody Requests.Reason request,
                                     CallerIdentity caller) {
        return change(caller, id, new MarkCustomerDormantCommand(id, request.reason()));
    }

    @PostMapping("/{id}/loss")
    ResponseEntity<Void> markLost(@PathVariable String id, @Valid @RequestBody Requests.Reason request,
                                  CallerIdentity caller) {
        return change(caller, id, new MarkCustomerLostCommand(id, request.reason()));
    }

    @PutMapping("/{id}/profile")
    ResponseEntity<Void> updateProfile(@PathVariable String id, @Valid @RequestBody Requests.Profile request,
                                       CallerIdentity caller) {
        return change(caller, id, new UpdateCustomerProfileCommand(id, request.name(), request.type(),
                request.industry(), request.region(), request.tags()));
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<Created> addContact(@PathVariable String id, @Valid @RequestBody Requests.Contact request,
                                       CallerIdentity caller) {
        access.writable(caller, id);
        String contactId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddContactCommand(id, contactId, request.input()));
        return Created.at(PATH + "/" + id + "/contacts", contactId);
    }

    @PostMapping("/{id}/owner")
    ResponseEntity<Void> reassign(@PathVariable String id, @Valid @RequestBody Requests.Reassign request,
                                  CallerIdentity caller) {
        access.visible(caller, id);
        access.requireManagerOrAdmin(caller);
        String owner = lower(request.ownerRepId());
        access.requireMayAssignTo(caller, owner);
        commands.sendAndWait(new ReassignCustomerCommand(id, owner));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/credit-limit")
    ResponseEntity<Void> setCreditLimit(@PathVariable String id, @Valid @RequestBody Requests.CreditLimit request,
                                        CallerIdentity caller) {
        access.visible(caller, id);
        access.requireManagerOrAdmin(caller);
        commands.sendAndWait(new SetCreditLimitCommand(id, request.amount()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/personal-data")
    ResponseEntity<Void> erasePersonalData(@PathVariable String id, CallerIdentity caller) {
        access.visible(caller, id);
        access.requireAdmin(caller);
        commands.sendAndWait(new ErasePersonalDataCommand(id));
        return ResponseEntity.noContent().build();
    }

    /** One contact person's name, phone and e-mail, by destroying their key; the customer keeps the others. */
    @DeleteMapping("/{id}/contacts/{contactId}/personal-data")
    ResponseEntity<Void> eraseContact(@PathVariable String id, @PathVariable String contactId,
                                      CallerIdentity caller) {
        access.visible(caller, id);
        access.requireAdmin(caller);
        commands.sendAndWait(new EraseContactCommand(id, lower(contactId)));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<Void> change(CallerIdentity caller, String id, Object command) {
        access.writable(caller, id);
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }

    static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
