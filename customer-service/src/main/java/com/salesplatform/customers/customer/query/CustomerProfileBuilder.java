package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.ComplaintOpenedEvent;
import com.salesplatform.customers.customer.api.ComplaintResolvedEvent;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.ContactErasedEvent;
import com.salesplatform.customers.customer.api.CreditLimitSetEvent;
import com.salesplatform.customers.customer.api.CustomerConvertedEvent;
import com.salesplatform.customers.customer.api.CustomerLostEvent;
import com.salesplatform.customers.customer.api.CustomerMarkedDormantEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.CustomerReassignedEvent;
import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.FollowUpCompletedEvent;
import com.salesplatform.customers.customer.api.FollowUpOverdueEvent;
import com.salesplatform.customers.customer.api.FollowUpScheduledEvent;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.customer.api.LeadQualifiedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.PersonalDataErasedEvent;
import com.salesplatform.customers.customer.api.SatisfactionRecordedEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.customers.lookup.Purchase;
import com.salesplatform.customers.lookup.PurchaseStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Folds one customer's events, in order, into its profile: the same fold serves "now" and "as of". */
class CustomerProfileBuilder {

    private final String customerId;
    private boolean registered;
    private String name;
    private CustomerType type;
    private String industry;
    private String region;
    private LeadChannel channel;
    private List<String> tags = List.of();
    private CustomerStatus status;
    private String ownerRepId;
    private CustomerProfile.CreditLimit creditLimit;
    private final List<SealedContact> contacts = new ArrayList<>();
    private final Set<String> erasedContacts = new HashSet<>();
    private boolean personalDataErased;
    private Instant registeredAt;
    private Instant lastContactAt;
    private final Map<String, CustomerProfile.OpenFollowUp> openFollowUps = new LinkedHashMap<>();
    private int satisfactionCount;
    private int satisfactionSum;
    private final Map<String, CustomerProfile.OpenComplaint> openComplaints = new LinkedHashMap<>();

    CustomerProfileBuilder(String customerId) {
        this.customerId = customerId;
    }

    boolean registered() {
        return registered;
    }

    void apply(Object event, Instant at) {
        if (event instanceof LeadRegisteredEvent e) {
            registered = true;
            registeredAt = at;
            name = e.name();
            type = e.type();
            industry = e.industry();
            region = e.region();
            channel = e.channel();
            status = CustomerStatus.LEAD;
            ownerRepId = e.ownerRepId();
            if (e.contact() != null) {
                contacts.add(e.contact());
            }
        } else if (event instanceof LeadQualifiedEvent) {
            status = CustomerStatus.QUALIFIED;
        } else if (event instanceof CustomerConvertedEvent) {
            status = CustomerStatus.ACTIVE;
        } else if (event instanceof CustomerMarkedDormantEvent) {
            status = CustomerStatus.DORMANT;
        } else if (event instanceof CustomerLostEvent) {
            status = CustomerStatus.LOST;
        } else if (event instanceof CustomerProfileUpdatedEvent e) {
            name = e.name();
            type = e.type();
            industry = e.industry();
            region = e.region();
            tags = e.tags();
        } else if (event instanceof ContactAddedEvent e) {
            contacts.add(e.contact());
        } else if (event instanceof ContactErasedEvent e) {
            erasedContacts.add(e.contactId());
        } else if (event instanceof CustomerReassignedEvent e) {
            ownerRepId = e.ownerRepId();
        } else if (event instanceof CreditLimitSetEvent e) {
            creditLimit = new CustomerProfile.CreditLimit(e.amount(), e.currency());
        } else if (event instanceof PersonalDataErasedEvent) {
            personalDataErased = true;
        } else {
            applyActivity(event);
        }
    }

    private void applyActivity(Object event) {
        if (event instanceof CommunicationLoggedEvent e) {
            contacted(e.occurredAt());
        } else if (event instanceof FollowUpScheduledEvent e) {
            openFollowUps.put(e.followUpId(),
                    new CustomerProfile.OpenFollowUp(e.followUpId(), e.dueAt(), e.purpose(), false));
        } else if (event instanceof FollowUpOverdueEvent e) {
            openFollowUps.computeIfPresent(e.followUpId(), (id, followUp) ->
                    new CustomerProfile.OpenFollowUp(id, followUp.dueAt(), followUp.purpose(), true));
        } else if (event instanceof FollowUpCompletedEvent e) {
            openFollowUps.remove(e.followUpId());
            contacted(e.completedAt());
        } else if (event instanceof SatisfactionRecordedEvent e) {
            satisfactionCount++;
            satisfactionSum += e.score();
        } else if (event instanceof ComplaintOpenedEvent e) {
            openComplaints.put(e.complaintId(),
                    new CustomerProfile.OpenComplaint(e.complaintId(), e.subject(), e.openedAt()));
        } else if (event instanceof ComplaintResolvedEvent e) {
            openComplaints.remove(e.complaintId());
        }
    }

    private void contacted(Instant at) {
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    CustomerProfile build(PersonalDataCipher cipher, List<Purchase> purchases, Instant asOf) {
        List<CustomerProfile.OpenFollowUp> followUps = openFollowUps.values().stream()
                .sorted(Comparator.comparing(CustomerProfile.OpenFollowUp::dueAt))
                .map(followUp -> new CustomerProfile.OpenFollowUp(followUp.id(), followUp.dueAt(),
                        cipher.openText(customerId, followUp.purpose()), followUp.overdue())).toList();
        return new CustomerProfile(customerId, cipher.nameOf(customerId, type, name), type, industry, region, channel,
                tags, status, ownerRepId, creditLimit, contacts.stream().map(contact -> erasedContacts.contains(
                        contact.contactId()) ? cipher.erased(contact) : cipher.reveal(customerId, contact)).toList(),
                personalDataErased, registeredAt, lastContactAt,
                followUps.isEmpty() ? null : followUps.get(0).dueAt(), followUps, satisfaction(),
                List.copyOf(openComplaints.values()), purchaseSummary(purchases), asOf);
    }

    private CustomerProfile.Satisfaction satisfaction() {
        BigDecimal average = satisfactionCount == 0 ? null : BigDecimal.valueOf(satisfactionSum)
                .divide(BigDecimal.valueOf(satisfactionCount), 2, RoundingMode.HALF_UP);
        return new CustomerProfile.Satisfaction(average, satisfactionCount);
    }

    private static CustomerProfile.PurchaseSummary purchaseSummary(List<Purchase> purchases) {
        BigDecimal total = purchases.stream().filter(purchase -> purchase.status() != PurchaseStatus.CANCELLED)
                .map(Purchase::total).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
        return new CustomerProfile.PurchaseSummary(purchases, purchases.size(), total);
    }
}
