package com.salesplatform.customers.customer.api;

/** How a conversation with the customer took place (沟通记录). */
public enum CommunicationType {
    CALL, EMAIL, MEETING, VISIT, SOCIAL
}
