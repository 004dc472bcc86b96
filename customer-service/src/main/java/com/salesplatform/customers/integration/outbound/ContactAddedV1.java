package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.ContactAddedEvent;

/** The published ContactAdded v1: that a contact person was added, and their role — nothing personal. */
public record ContactAddedV1(String customerId, String contactId, String role) {

    static ContactAddedV1 of(ContactAddedEvent event) {
        return new ContactAddedV1(event.customerId(), event.contact().contactId(), event.contact().role());
    }
}
