package com.salesplatform.orders.order.api;

/** Why an order went to credit hold at placement. */
public enum CreditHoldReason {
    CREDIT_LIMIT_EXCEEDED, OVERDUE_PAYMENT
}
