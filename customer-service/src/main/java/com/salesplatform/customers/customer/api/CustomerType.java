package com.salesplatform.customers.customer.api;

/** B2B: a company; B2C: a private person. */
public enum CustomerType {
    B2B, B2C
}
