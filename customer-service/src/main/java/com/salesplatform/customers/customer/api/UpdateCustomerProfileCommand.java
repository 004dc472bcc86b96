package com.salesplatform.customers.customer.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the profile fields. */
public record UpdateCustomerProfileCommand(@TargetAggregateIdentifier String customerId, String name, CustomerType type,
                                           String industry, String region, List<String> tags) {
}
