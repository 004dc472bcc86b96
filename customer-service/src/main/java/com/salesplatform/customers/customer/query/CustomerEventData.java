package com.salesplatform.customers.customer.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.ContactErasedEvent;
import com.salesplatform.customers.customer.api.CustomerProfileUpdatedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import com.salesplatform.platform.history.AggregateEvents;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * The fields of a customer's events as its history shows them: sealed values (contact details, a B2C customer's
 * name, free texts) opened with the customer's keys as they are now, so an erased customer's or contact's history
 * shows nothing personal (a contact's values as {@code [erased]}, a person's name as the pseudonym, a text as null).
 */
@Component
public class CustomerEventData {

    private final PersonalDataCipher cipher;
    private final ObjectMapper json;
    private final AggregateEvents events;

    CustomerEventData(PersonalDataCipher cipher, ObjectMapper json, AggregateEvents events) {
        this.cipher = cipher;
        this.json = json;
        this.events = events;
    }

    /**
     * How the customer's history shows its events, knowing every contact erased so far (a contact sealed before
     * contacts had keys of their own is opened with the customer's key, which their erasure leaves in place).
     */
    public Function<DomainEventMessage<?>, Object> of(String customerId) {
        Set<String> erasedContacts = events.all(customerId).stream().map(DomainEventMessage::getPayload)
                .filter(ContactErasedEvent.class::isInstance).map(event -> ((ContactErasedEvent) event).contactId())
                .collect(Collectors.toSet());
        return event -> of(event, erasedContacts);
    }

    private Object of(DomainEventMessage<?> event, Set<String> erasedContacts) {
        String customerId = event.getAggregateIdentifier();
        Object payload = event.getPayload();
        ObjectNode data = json.valueToTree(payload);
        if (payload instanceof LeadRegisteredEvent registered) {
            data.put("name", cipher.nameOf(customerId, registered.type(), registered.name()));
            contact(data, customerId, registered.contact(), erasedContacts);
        } else if (payload instanceof ContactAddedEvent added) {
            contact(data, customerId, added.contact(), erasedContacts);
        } else if (payload instanceof CustomerProfileUpdatedEvent updated) {
            data.put("name", cipher.nameOf(customerId, updated.type(), updated.name()));
        }
        data.properties().stream()
                .filter(field -> field.getValue().isTextual() && PersonalDataCipher.isSealed(field.getValue().asText()))
                .map(Map.Entry::getKey).toList()
                .forEach(field -> data.put(field, cipher.openText(customerId, data.path(field).asText())));
        return data;
    }

    private void contact(ObjectNode data, String customerId, SealedContact contact, Set<String> erasedContacts) {
        if (contact != null) {
            data.set("contact", json.valueToTree(erasedContacts.contains(contact.contactId())
                    ? cipher.erased(contact) : cipher.reveal(customerId, contact)));
        }
    }
}
