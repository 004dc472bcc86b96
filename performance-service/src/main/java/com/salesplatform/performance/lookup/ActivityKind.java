package com.salesplatform.performance.lookup;

/** The customer-service events that count as a rep's activity or satisfaction; a lead registered is a new lead. */
public enum ActivityKind {
    COMMUNICATION, FOLLOW_UP_COMPLETED, FOLLOW_UP_OVERDUE, SATISFACTION, NEW_LEAD
}
