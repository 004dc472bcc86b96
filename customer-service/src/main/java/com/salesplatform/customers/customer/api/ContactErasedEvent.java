package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** One contact person's key was destroyed: their name, phone and e-mail are unreadable; the role stays. */
@Revision("1")
public record ContactErasedEvent(String customerId, String contactId, Instant erasedAt) {
}
