package com.salesplatform.customers.customer.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The profile now reads as given. Revision 2: a B2C customer's name is sealed; revision 1 stored it in clear. */
@Revision("2")
public record CustomerProfileUpdatedEvent(String customerId, String name, CustomerType type, String industry,
                                          String region, List<String> tags) {
}
