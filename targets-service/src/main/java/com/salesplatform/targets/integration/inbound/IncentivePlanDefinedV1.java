package com.salesplatform.targets.integration.inbound;

/** This service's reading of performance-service's IncentivePlanDefined v1: which plan rewards which period. */
public record IncentivePlanDefinedV1(String planId, String name, String period) {
}
