package com.salesplatform.orders.order.command;

import com.salesplatform.orders.order.api.CreditHoldReason;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A customer's credit position at the moment of a placement: owner, limit (null: none set), unpaid amount of its
 * counted orders and whether any of them is overdue.
 */
public record CreditAssessment(String ownerRepId, BigDecimal creditLimit, BigDecimal exposure, boolean overdue) {

    /** Why an order of {@code orderTotal} must wait for a MANAGER, if it must. */
    Optional<CreditHoldReason> holdFor(BigDecimal orderTotal) {
        if (overdue) {
            return Optional.of(CreditHoldReason.OVERDUE_PAYMENT);
        }
        if (creditLimit != null && exposure.add(orderTotal).compareTo(creditLimit) > 0) {
            return Optional.of(CreditHoldReason.CREDIT_LIMIT_EXCEEDED);
        }
        return Optional.empty();
    }
}
