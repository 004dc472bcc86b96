package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer's key was destroyed: its contacts' names, phones and e-mails are unreadable. */
@Revision("1")
public record PersonalDataErasedEvent(String customerId, Instant erasedAt) {
}
