package com.salesplatform.reporting.integration.inbound;

import java.math.BigDecimal;
import java.util.List;

/** This service's reading of targets-service's events on sales.targets.events (v1), besides TargetSet. */
public final class TargetEvents {

    private TargetEvents() {
    }

    public record TargetAdjustedV1(String targetId, BigDecimal amount, String reason) {
    }

    public record TargetStatusChangedV1(String targetId) {
    }

    public record RiskIdentifiedV1(String riskId, String category, String description, String ownerRepId) {
    }

    public record RiskAssessedV1(String riskId, int score) {
    }

    public record RiskStatusChangedV1(String riskId) {
    }

    public record Allocation(String scope, String ownerId, BigDecimal amount) {
    }

    public record TargetAllocatedV1(String targetId, List<Allocation> allocations) {
    }
}
