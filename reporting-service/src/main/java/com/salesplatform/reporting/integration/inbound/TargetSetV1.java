package com.salesplatform.reporting.integration.inbound;

import java.math.BigDecimal;
import java.time.Instant;

/** This service's reading of targets-service's TargetSet v1: only the fields it reports on. */
public record TargetSetV1(String targetId, String scope, String ownerId, String period, String metric,
                          BigDecimal amount, String currency, Instant timeBound, String parentTargetId) {
}
