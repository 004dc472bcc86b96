package com.salesplatform.customers.customer.api;

import org.axonframework.serialization.Revision;

/**
 * A lead was registered; its first contact person, if any, is sealed. Revision 2: a B2C customer's name (a person's)
 * is sealed too ({@code PersonalDataCipher#sealName}); revision 1 stored it in clear.
 */
@Revision("2")
public record LeadRegisteredEvent(String customerId, String name, CustomerType type, String industry, String region,
                                  LeadChannel channel, String ownerRepId, SealedContact contact) {
}
