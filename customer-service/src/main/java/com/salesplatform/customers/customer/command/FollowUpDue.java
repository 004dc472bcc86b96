package com.salesplatform.customers.customer.command;

/** The payload of a follow-up's persisted deadline. */
public record FollowUpDue(String followUpId) {
}
