package com.salesplatform.customers.customer.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The profile now reads as given. */
@Revision("1")
public record CustomerProfileUpdatedEvent(String customerId, String name, CustomerType type, String industry,
                                          String region, List<String> tags) {
}
