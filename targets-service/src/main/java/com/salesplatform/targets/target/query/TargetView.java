package com.salesplatform.targets.target.query;

import com.salesplatform.targets.lookup.Attainment;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A target as the API shows it, with its direct children (the parts of its decomposition, of its own scope, and the
 * targets its allocation created, of the scope below) and its current allocation. {@code balanced} is true exactly
 * when the parts sum to the amount and so do the allocated targets (or, before they exist, the allocation's shares):
 * an allocated target adjusted on its own, or a parent adjusted without re-allocating, makes it false.
 * {@code attainment} is reporting-service's latest measurement (null until one arrived, and in an as-of view).
 */
public record TargetView(
        String id,
        TargetScope scope,
        String ownerId,
        String period,
        TargetMetric metric,
        BigDecimal amount,
        String currency,
        TargetStatus status,
        boolean balanced,
        String parentTargetId,
        String specific,
        String achievable,
        String relevant,
        Instant timeBound,
        String incentivePlanId,
        Attainment attainment,
        List<Child> children,
        List<Allocation> allocations) {

    public record Child(String id, TargetScope scope, String ownerId, String period, BigDecimal amount) {
    }

    /** The target's own fields, before its children and allocation are known. */
    record Definition(String id, TargetScope scope, String ownerId, String period, TargetMetric metric,
                      BigDecimal amount, String currency, TargetStatus status, String parentTargetId,
                      String specific, String achievable, String relevant, Instant timeBound,
                      String incentivePlanId) {

        TargetView with(List<Child> children, List<Allocation> allocations, Attainment attainment) {
            List<BigDecimal> parts = children.stream().filter(child -> child.scope() == scope).map(Child::amount)
                    .toList();
            List<BigDecimal> allocated = children.stream().filter(child -> child.scope() != scope)
                    .map(Child::amount).toList();
            boolean balanced = sumsTo(parts) && sumsTo(allocated.isEmpty()
                    ? allocations.stream().map(Allocation::amount).toList() : allocated);
            return new TargetView(id, scope, ownerId, period, metric, amount, currency, status, balanced,
                    parentTargetId, specific, achievable, relevant, timeBound, incentivePlanId, attainment, children,
                    allocations);
        }

        private boolean sumsTo(List<BigDecimal> parts) {
            return parts.isEmpty() || parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount) == 0;
        }
    }
}
