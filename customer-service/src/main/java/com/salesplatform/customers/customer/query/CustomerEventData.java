package com.salesplatform.customers.customer.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.customers.customer.api.ContactAddedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.api.SealedContact;
import com.salesplatform.customers.personaldata.PersonalDataCipher;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * The fields of a customer's event as its history shows them: sealed contact details opened with the customer's key
 * as it is now, so an erased customer's history shows nothing personal.
 */
@Component
public class CustomerEventData {

    private final PersonalDataCipher cipher;
    private final ObjectMapper json;

    CustomerEventData(PersonalDataCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    public Object of(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        ObjectNode data = json.valueToTree(payload);
        sealedContactOf(payload).ifPresent(contact ->
                data.set("contact", json.valueToTree(cipher.reveal(event.getAggregateIdentifier(), contact))));
        return data;
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
