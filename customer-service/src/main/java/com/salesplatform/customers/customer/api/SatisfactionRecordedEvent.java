package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/** The customer rated their satisfaction 1–5, on its own or when a follow-up was completed. */
@Revision("1")
public record SatisfactionRecordedEvent(String customerId, String ownerRepId, int score, String comment,
                                        String followUpId) {
}
