package com.salesplatform.customers.customer.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.FindCustomerHistoryQuery;
import com.salesplatform.customers.customer.api.FindCustomerQuery;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.customers.purchase.PurchaseHistory;
import com.salesplatform.platform.axon.CallerCorrelationDataProvider;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the profile and the history straight from the customer's event stream (a few hundred events at most), so
 * "now" and "as of" are the same fold and contact details are opened with the key as it is now: erased everywhere
 * at once.
 */
@Component
public class CustomerEventStoreReader {

    private static final String EVENT_SUFFIX = "Event";

    private final EventStore eventStore;
    private final PersonalDataCipher cipher;
    private final PurchaseHistory purchases;
    private final ObjectMapper json;

    CustomerEventStoreReader(EventStore eventStore, PersonalDataCipher cipher, PurchaseHistory purchases,
                             ObjectMapper json) {
        this.eventStore = eventStore;
        this.cipher = cipher;
        this.purchases = purchases;
        this.json = json;
    }

    @QueryHandler
    Optional<CustomerProfile> handle(FindCustomerQuery query) {
        CustomerProfileBuilder profile = new CustomerProfileBuilder(query.customerId());
        events(query.customerId()).stream()
                .takeWhile(event -> query.asOf() == null || !event.getTimestamp().isAfter(query.asOf()))
                .forEach(event -> profile.apply(event.getPayload(), event.getTimestamp()));
        if (!profile.registered()) {
            return Optional.empty();
        }
        return Optional.of(profile.build(cipher, purchases.of(query.customerId(), query.asOf()), query.asOf()));
    }

    @QueryHandler
    Optional<CustomerHistory> handle(FindCustomerHistoryQuery query) {
        List<CustomerHistoryEntry> entries = events(query.customerId()).stream().map(this::entry).toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(new CustomerHistory(query.customerId(), entries));
    }

    private List<? extends DomainEventMessage<?>> events(String customerId) {
        return eventStore.readEvents(customerId).asStream().toList();
    }

    private CustomerHistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        ObjectNode data = json.valueToTree(payload);
        sealedContactOf(payload).ifPresent(contact ->
                data.set("contact", json.valueToTree(cipher.reveal(event.getAggregateIdentifier(), contact))));
        String type = event.getPayloadType().getSimpleName();
        Object actor = event.getMetaData().get(CallerCorrelationDataProvider.ACTOR_ID);
        return new CustomerHistoryEntry(event.getSequenceNumber(),
                type.endsWith(EVENT_SUFFIX) ? type.substring(0, type.length() - EVENT_SUFFIX.length()) : type,
                event.getTimestamp(), actor == null ? null : actor.toString(), data);
    }

    private static Optional<SealedContact> sealedContactOf(Object payload) {
        if (payload instanceof LeadRegisteredEvent registered) {
            return Optional.ofNullable(registered.contact());
        }
        if (payload instanceof ContactAddedEvent added) {
            return Optional.of(added.contact());
        }
        return Optional.empty();
    }
}
