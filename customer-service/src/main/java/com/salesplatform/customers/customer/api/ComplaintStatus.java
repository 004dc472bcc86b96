package com.salesplatform.customers.customer.api;

/** OPEN until resolved. */
public enum ComplaintStatus { OPEN, RESOLVED }
