package com.salesplatform.customers.customer.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.customers.customer.DuplicateCustomerException;
import com.salesplatform.customers.customer.api.AddContactCommand;
import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.CompleteFollowUpCommand;
import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.ContactErasedEvent;
import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.ConvertCustomerCommand;
import com.salesplatform.customers.customer.api.CreditLimitSetEvent;
import com.salesplatform.customers.customer.api.CustomerConvertedEvent;
import com.salesplatform.customers.customer.api.CustomerLostEvent;
import com.salesplatform.customers.customer.api.CustomerMarkedDormantEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerReassignedEvent;
import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.EraseContactCommand;
import com.salesplatform.customers.customer.api.ErasePersonalDataCommand;
import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import com.salesplatform.customers.customer.api.FollowUpOverdueEvent;
import com.salesplatform.customers.customer.api.FollowUpScheduledEvent;
import com.salesplatform.customers.customer.api.LeadQualifiedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.LogCommunicationCommand;
import com.salesplatform.customers.customer.api.MarkCustomerDormantCommand;
import com.salesplatform.customers.customer.api.MarkCustomerLostCommand;
import com.salesplatform.customers.customer.api.OpenComplaintCommand;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.customer.api.QualifyLeadCommand;
import com.salesplatform.customers.customer.api.ReassignCustomerCommand;
import com.salesplatform.customers.customer.api.RecordSatisfactionCommand;
import com.salesplatform.customers.customer.api.RegisterLeadCommand;
import com.salesplatform.customers.customer.api.ResolveComplaintCommand;
import com.salesplatform.customers.customer.api.SatisfactionRecordedEvent;
import com.salesplatform.customers.customer.api.ScheduleFollowUpCommand;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.customer.api.SetCreditLimitCommand;
import com.salesplatform.customers.customer.api.UpdateCustomerProfileCommand;
import com.salesplatform.customers.personaldata.CustomerKeys;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.value.Money;
import com.salesplatform.platform.value.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer file (docs/domain.md §2): from lead to active customer, dormant or lost; its owner rep, contacts,
 * conversations, follow-ups with their persisted due deadline, satisfaction, complaints and credit limit. Personal
 * data is sealed before any event holds it: each contact's name, phone and e-mail with the contact's own key (erasable
 * alone), a B2C customer's name and every free text that may name people (conversations, follow-up purposes and
 * outcomes, satisfaction comments, complaint descriptions and resolutions) with the customer's key.
 */
@Aggregate
public class Customer {

    static final String FOLLOW_UP_DUE = "follow-up-due";
    static final int MAX_NAME = 200;
    static final int MAX_SHORT = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_TAGS = 20;

    @AggregateIdentifier
    private String customerId;
    private CustomerStatus status;
    private String ownerRepId;
    /** How often the customer was erased: the generation of the customer key new values are sealed with. */
    private int erasures;
    /** Erased, and nothing personal stored since: erasing again changes nothing. */
    private boolean nothingToErase;
    /** Each contact id, and whether that contact was erased. */
    private final Map<String, Boolean> contactsErased = new HashMap<>();
    private final Map<String, FollowUp> followUps = new HashMap<>();
    private final Map<String, Instant> openComplaints = new HashMap<>();
    private final Set<String> resolvedComplaints = new HashSet<>();

    protected Customer() {
        // for Axon
    }

    @CommandHandler
    public Customer(RegisterLeadCommand command, CustomerDirectory directory, RosterReplica roster,
                    PersonalDataCipher cipher) {
        String name = Text.required("name", command.name(), MAX_NAME);
        if (command.type() == null) {
            throw new FieldRejectedException("type", "must not be null");
        }
        if (command.channel() == null) {
            throw new FieldRejectedException("channel", "must not be null");
        }
        requireRosterRep(roster, command.ownerRepId());
        ContactInput contact = command.contact() == null ? null : cleaned("contact.", command.contact());
        if (!command.force()) {
            directory.findDuplicate(name, contact).ifPresent(existing -> {
                throw new DuplicateCustomerException(existing);
            });
        }
        SealedContact sealed = contact == null ? null : cipher.seal(command.customerId(), command.contactId(), contact);
        apply(new LeadRegisteredEvent(command.customerId(),
                cipher.sealName(command.customerId(), PersonalDataCipher.customerKeyRef(0), command.type(), name),
                command.type(),
                Text.optional("industry", command.industry(), MAX_SHORT),
                Text.optional("region", command.region(), MAX_SHORT), command.channel(), command.ownerRepId(),
                sealed));
    }

    @CommandHandler
    void handle(QualifyLeadCommand command) {
        requireStatus("qualified", CustomerStatus.LEAD);
        apply(new LeadQualifiedEvent(customerId, ownerRepId));
    }

    @CommandHandler
    void handle(ConvertCustomerCommand command) {
        requireStatus("converted", CustomerStatus.QUALIFIED, CustomerStatus.DORMANT);
        apply(new CustomerConvertedEvent(customerId, ownerRepId));
    }

    @CommandHandler
    void handle(UpdateCustomerProfileCommand command, PersonalDataCipher cipher) {
        requireNotLost();
        if (command.type() == null) {
            throw new FieldRejectedException("type", "must not be null");
        }
        List<String> tags = command.tags() == null ? List.of() : command.tags().stream()
                .map(tag -> Text.required("tags", tag, MAX_SHORT)).distinct().toList();
        if (tags.size() > MAX_TAGS) {
            throw new FieldRejectedException("tags", "must be at most " + MAX_TAGS);
        }
        String name = Text.required("name", command.name(), MAX_NAME);
        apply(new CustomerProfileUpdatedEvent(customerId, cipher.sealName(customerId, customerKeyRef(),
                command.type(), name), command.type(), Text.optional("industry", command.industry(), MAX_SHORT),
                Text.optional("region", command.region(), MAX_SHORT), tags));
    }

    @CommandHandler
    void handle(AddContactCommand command, PersonalDataCipher cipher) {
        requireNotLost();
        ContactInput contact = cleaned("", command.contact());
        apply(new ContactAddedEvent(customerId, cipher.seal(customerId, command.contactId(), contact)));
    }

    @CommandHandler
    void handle(ReassignCustomerCommand command, RosterReplica roster) {
        requireNotLost();
        requireRosterRep(roster, command.ownerRepId());
        if (command.ownerRepId().equals(ownerRepId)) {
            throw new RuleViolationException("The customer is already owned by " + ownerRepId);
        }
        apply(new CustomerReassignedEvent(customerId, ownerRepId, command.ownerRepId()));
    }

    @CommandHandler
    void handle(MarkCustomerDormantCommand command) {
        requireStatus("marked dormant", CustomerStatus.ACTIVE);
        apply(new CustomerMarkedDormantEvent(customerId, ownerRepId,
                Text.required("reason", command.reason(), MAX_TEXT)));
    }

    @CommandHandler
    void handle(MarkCustomerLostCommand command) {
        requireNotLost();
        apply(new CustomerLostEvent(customerId, ownerRepId, status,
                Text.required("reason", command.reason(), MAX_TEXT)));
    }

    @CommandHandler
    void handle(SetCreditLimitCommand command) {
        requireNotLost();
        apply(new CreditLimitSetEvent(customerId, Money.requireCents("amount", command.amount()), Money.CURRENCY));
    }

    @CommandHandler
    void handle(LogCommunicationCommand command, Clock clock, PersonalDataCipher cipher) {
        requireNotLost();
        if (command.type() == null) {
            throw new FieldRejectedException("type", "must not be null");
        }
        if (command.occurredAt() == null || command.occurredAt().isAfter(clock.instant())) {
            throw new FieldRejectedException("occurredAt", "must be a time not in the future");
        }
        String summary = Text.required("summary", command.summary(), MAX_TEXT);
        String outcome = Text.optional("outcome", command.outcome(), MAX_TEXT);
        String nextStep = Text.optional("nextStep", command.nextStep(), MAX_TEXT);
        apply(new CommunicationLoggedEvent(customerId, command.communicationId(), ownerRepId, command.type(),
                command.occurredAt(), sealed(cipher, summary), sealed(cipher, outcome), sealed(cipher, nextStep)));
    }

    @CommandHandler
    void handle(ScheduleFollowUpCommand command, DeadlineManager deadlines, Clock clock, PersonalDataCipher cipher) {
        requireNotLost();
        if (command.dueAt() == null || !command.dueAt().isAfter(clock.instant())) {
            throw new FieldRejectedException("dueAt", "must be in the future");
        }
        String purpose = Text.required("purpose", command.purpose(), MAX_TEXT);
        deadlines.schedule(command.dueAt(), FOLLOW_UP_DUE, new FollowUpDue(command.followUpId()));
        apply(new FollowUpScheduledEvent(customerId, command.followUpId(), ownerRepId, command.dueAt(),
                sealed(cipher, purpose)));
    }

    @CommandHandler
    void handle(CompleteFollowUpCommand command, Clock clock, PersonalDataCipher cipher) {
        FollowUp followUp = followUps.get(command.followUpId());
        if (followUp == null) {
            throw new NotFoundException("Follow-up", command.followUpId());
        }
        if (followUp.completed()) {
            throw new RuleViolationException("The follow-up " + command.followUpId() + " is already completed");
        }
        requireScore("satisfactionScore", command.satisfactionScore(), true);
        Instant now = clock.instant();
        String outcome = sealed(cipher, Text.required("outcome", command.outcome(), MAX_TEXT));
        apply(new FollowUpCompletedEvent(customerId, command.followUpId(), ownerRepId, outcome,
                command.satisfactionScore(), now, !now.isAfter(followUp.dueAt())));
        if (command.satisfactionScore() != null) {
            apply(new SatisfactionRecordedEvent(customerId, ownerRepId, command.satisfactionScore(), outcome,
                    command.followUpId()));
        }
    }

    /** Nobody follows a lost customer up any more: their open follow-ups do not become overdue. */
    @DeadlineHandler(deadlineName = FOLLOW_UP_DUE)
    void on(FollowUpDue due) {
        FollowUp followUp = followUps.get(due.followUpId());
        if (followUp != null && !followUp.completed() && !followUp.overdue() && status != CustomerStatus.LOST) {
            apply(new FollowUpOverdueEvent(customerId, due.followUpId(), ownerRepId, followUp.dueAt()));
        }
    }

    @CommandHandler
    void handle(RecordSatisfactionCommand command, PersonalDataCipher cipher) {
        requireNotLost();
        requireScore("score", command.score(), false);
        apply(new SatisfactionRecordedEvent(customerId, ownerRepId, command.score(),
                sealed(cipher, Text.optional("comment", command.comment(), MAX_TEXT)), null));
    }

    @CommandHandler
    void handle(OpenComplaintCommand command, Clock clock, PersonalDataCipher cipher) {
        String subject = Text.required("subject", command.subject(), MAX_NAME);
        String description = Text.optional("description", command.description(), MAX_TEXT);
        apply(new ComplaintOpenedEvent(customerId, command.complaintId(), ownerRepId, subject,
                sealed(cipher, description), clock.instant()));
    }

    @CommandHandler
    void handle(ResolveComplaintCommand command, Clock clock, PersonalDataCipher cipher) {
        if (resolvedComplaints.contains(command.complaintId())) {
            throw new RuleViolationException("The complaint " + command.complaintId() + " is already resolved");
        }
        Instant openedAt = openComplaints.get(command.complaintId());
        if (openedAt == null) {
            throw new NotFoundException("Complaint", command.complaintId());
        }
        String resolution = Text.required("resolution", command.resolution(), MAX_TEXT);
        Instant resolvedAt = clock.instant();
        apply(new ComplaintResolvedEvent(customerId, command.complaintId(), ownerRepId, sealed(cipher, resolution),
                openedAt, resolvedAt,
                Duration.between(openedAt, resolvedAt).toSeconds()));
    }

    /**
     * Destroys every key of the customer first, in this command's transaction: if the event cannot be stored, the
     * keys stay.
     */
    @CommandHandler
    void handle(ErasePersonalDataCommand command, CustomerKeys keys, Clock clock) {
        if (nothingToErase) {
            return;
        }
        keys.destroy(customerId);
        apply(new PersonalDataErasedEvent(customerId, clock.instant()));
    }

    /** Destroys the contact's own key first, in this command's transaction, like the customer's erasure. */
    @CommandHandler
    void handle(EraseContactCommand command, CustomerKeys keys, Clock clock) {
        Boolean erased = contactsErased.get(command.contactId());
        if (erased == null) {
            throw new NotFoundException("Contact", command.contactId());
        }
        if (erased) {
            return;
        }
        keys.destroyContact(customerId, command.contactId());
        apply(new ContactErasedEvent(customerId, command.contactId(), clock.instant()));
    }

    private String customerKeyRef() {
        return PersonalDataCipher.customerKeyRef(erasures);
    }

    /** A free text (it may name people) sealed with the customer's current key. */
    private String sealed(PersonalDataCipher cipher, String text) {
        return cipher.sealText(customerId, customerKeyRef(), text);
    }

    private void requireStatus(String change, CustomerStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw new RuleViolationException("A customer in status " + status + " cannot be " + change);
        }
    }

    private void requireNotLost() {
        if (status == CustomerStatus.LOST) {
            throw new RuleViolationException("The customer is lost; reopen it as a new lead instead");
        }
    }

    private static void requireRosterRep(RosterReplica roster, String repId) {
        if (repId == null || !roster.isActive(repId)) {
            throw new FieldRejectedException("ownerRepId", "is not a rep in the roster");
        }
    }

    private static void requireScore(String field, Integer score, boolean optional) {
        if (score == null && optional) {
            return;
        }
        if (score == null || score < 1 || score > 5) {
            throw new FieldRejectedException(field, "must be between 1 and 5");
        }
    }

    private static ContactInput cleaned(String prefix, ContactInput contact) {
        return new ContactInput(Text.required(prefix + "name", contact.name(), MAX_NAME),
                Text.optional(prefix + "phone", contact.phone(), 40),
                Text.optional(prefix + "email", contact.email(), 254),
                Text.optional(prefix + "role", contact.role(), MAX_SHORT));
    }

    @EventSourcingHandler
    void on(LeadRegisteredEvent event) {
        customerId = event.customerId();
        status = CustomerStatus.LEAD;
        ownerRepId = event.ownerRepId();
        if (event.contact() != null) {
            contactsErased.put(event.contact().contactId(), false);
        }
    }

    @EventSourcingHandler
    void on(CustomerProfileUpdatedEvent event) {
        nothingToErase &= event.type() != CustomerType.B2C;
    }

    @EventSourcingHandler
    void on(ContactAddedEvent event) {
        contactsErased.put(event.contact().contactId(), false);
        nothingToErase = false;
    }

    @EventSourcingHandler
    void on(ContactErasedEvent event) {
        contactsErased.put(event.contactId(), true);
    }

    @EventSourcingHandler
    void on(CommunicationLoggedEvent event) {
        nothingToErase = false;
    }

    @EventSourcingHandler
    void on(LeadQualifiedEvent event) {
        status = CustomerStatus.QUALIFIED;
    }

    @EventSourcingHandler
    void on(CustomerConvertedEvent event) {
        status = CustomerStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CustomerMarkedDormantEvent event) {
        status = CustomerStatus.DORMANT;
    }

    @EventSourcingHandler
    void on(CustomerLostEvent event) {
        status = CustomerStatus.LOST;
    }

    @EventSourcingHandler
    void on(CustomerReassignedEvent event) {
        ownerRepId = event.ownerRepId();
    }

    @EventSourcingHandler
    void on(FollowUpScheduledEvent event) {
        followUps.put(event.followUpId(), new FollowUp(event.dueAt(), false, false));
        nothingToErase = false;
    }

    @EventSourcingHandler
    void on(FollowUpCompletedEvent event) {
        followUps.computeIfPresent(event.followUpId(), (id, followUp) -> followUp.complete());
        nothingToErase = false;
    }

    @EventSourcingHandler
    void on(SatisfactionRecordedEvent event) {
        nothingToErase &= event.comment() == null;
    }

    @EventSourcingHandler
    void on(FollowUpOverdueEvent event) {
        followUps.computeIfPresent(event.followUpId(), (id, followUp) -> followUp.markOverdue());
    }

    @EventSourcingHandler
    void on(ComplaintOpenedEvent event) {
        openComplaints.put(event.complaintId(), event.openedAt());
        nothingToErase &= event.description() == null;
    }

    @EventSourcingHandler
    void on(ComplaintResolvedEvent event) {
        openComplaints.remove(event.complaintId());
        resolvedComplaints.add(event.complaintId());
        nothingToErase = false;
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        erasures++;
        nothingToErase = true;
        contactsErased.replaceAll((contactId, erased) -> true);
    }

    private record FollowUp(Instant dueAt, boolean completed, boolean overdue) {
        FollowUp complete() {
            return new FollowUp(dueAt, true, overdue);
        }

        FollowUp markOverdue() {
            return new FollowUp(dueAt, completed, true);
        }
    }
}
