package com.salesplatform.customers.purchase;

/** An order's status as far as the purchase history cares, in the order it can only move forward. */
public enum PurchaseStatus {
    PLACED, CONFIRMED, PAID, CANCELLED
}
