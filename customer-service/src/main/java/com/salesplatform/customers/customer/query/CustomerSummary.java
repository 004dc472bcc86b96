package com.salesplatform.customers.customer.query;

import com.salesplatform.customers.customer.api.CustomerStatus;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.LeadChannel;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A customer as lists show it; {@code ownerTeamId} (from the roster replica) decides who may see it. */
public record CustomerSummary(String id, String name, CustomerType type, String industry, String region,
                              LeadChannel channel, CustomerStatus status, String ownerRepId,
                              @JsonIgnore String ownerTeamId, Instant registeredAt, Instant lastContactAt) {
}
