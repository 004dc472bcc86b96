package com.salesplatform.customers.customer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The customer complained. Revision 2: the description (a free text) is sealed, the subject (a short title) is not;
 * revision 1 stored both in clear.
 */
@Revision("2")
public record ComplaintOpenedEvent(String customerId, String complaintId, String ownerRepId, String subject,
                                   String description, Instant openedAt) {
}
