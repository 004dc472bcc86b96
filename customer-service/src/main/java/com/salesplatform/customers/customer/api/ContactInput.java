package com.salesplatform.customers.customer.api;

/** A contact person in clear, as a command carries it; it is sealed before any event stores it. */
public record ContactInput(String name, String phone, String email, String role) {
}
