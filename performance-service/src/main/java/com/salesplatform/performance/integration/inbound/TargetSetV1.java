package com.salesplatform.performance.integration.inbound;

import java.math.BigDecimal;

/** This service's reading of targets-service's TargetSet v1 (contracts/events/targets): only the fields it uses. */
public record TargetSetV1(String targetId, String scope, String ownerId, String period, String metric,
                          BigDecimal amount) {
}
