package com.salesplatform.training.meeting.api;

/** The departments sales meets with in a cross-department meeting. */
public enum Department {
    MARKETING, CUSTOMER_SERVICE, LOGISTICS, FINANCE
}
