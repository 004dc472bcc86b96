package com.salesplatform.customers.customer.api;

/** LEAD → QUALIFIED → ACTIVE → DORMANT | LOST (LOST from any other status). */
public enum CustomerStatus {
    LEAD, QUALIFIED, ACTIVE, DORMANT, LOST
}
