package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/**
 * The customer rated their satisfaction 1–5, on its own or when a follow-up was completed. Revision 2: the comment (a
 * free text) is sealed; revision 1 stored it in clear.
 */
@Revision("2")
public record SatisfactionRecordedEvent(String customerId, String ownerRepId, int score, String comment,
                                        String followUpId) {
}
