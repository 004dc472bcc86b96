package com.salesplatform.customers.customer.api;

/** OPEN until completed (DONE). */
public enum FollowUpStatus { OPEN, DONE }
