package com.salesplatform.customers.customer.api;

/** Where a lead came from (its source channel). */
public enum LeadChannel {
    PHONE, EMAIL, SOCIAL_MEDIA, REFERRAL, EXHIBITION, WEBSITE
}
