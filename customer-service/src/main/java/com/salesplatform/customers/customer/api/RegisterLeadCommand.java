package com.salesplatform.customers.customer.api;

/** Registers a lead; {@code force} registers it even when it looks like an existing customer. */
public record RegisterLeadCommand(String customerId, String name, CustomerType type, String industry, String region,
                                  LeadChannel channel, String contactId, ContactInput contact, String ownerRepId,
                                  boolean force) {
}
