package com.salesplatform.customers.customer.api;

/** A customer's complaints, newest first, optionally by status; with {@code complaintId}, only that one. */
public record FindComplaintsQuery(String customerId, String complaintId, ComplaintStatus status, int limit,
                                  long offset) {
}
