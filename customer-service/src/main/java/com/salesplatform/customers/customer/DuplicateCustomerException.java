package com.salesplatform.customers.customer;

/**
 * A new lead looks like a customer that already exists (same name, phone or e-mail): answered 409, with the existing
 * customer's id only to a caller who may see that customer (docs/security.md, finding 5).
 */
public class DuplicateCustomerException extends RuntimeException {

    private final String existingCustomerId;

    public DuplicateCustomerException(String existingCustomerId) {
        super("A customer with this name, phone or e-mail already exists; register with force=true to add it anyway");
        this.existingCustomerId = existingCustomerId;
    }

    public String existingCustomerId() {
        return existingCustomerId;
    }
}
