package com.salesplatform.customers.lookup;

/**
 * An order's status as far as the purchase history cares, in the order it can only move forward (an order is PAID
 * once delivered and fully paid; a credit hold shows as PLACED).
 */
public enum PurchaseStatus {
    PLACED, CONFIRMED, SHIPPED, DELIVERED, PAID, CANCELLED
}
