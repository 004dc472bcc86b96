package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Every key of the customer was destroyed: its contacts' names, phones and e-mails, a B2C customer's name and the
 * conversation texts are unreadable.
 */
@Revision("1")
public record PersonalDataErasedEvent(String customerId, Instant erasedAt) {
}
