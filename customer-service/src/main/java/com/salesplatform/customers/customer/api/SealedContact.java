package com.salesplatform.customers.customer.api;

/** A contact person inside an event: name, phone and e-mail sealed with the customer's key, never in clear. */
public record SealedContact(String contactId, String name, String phone, String email, String role) {
}
