package com.salesplatform.performance.integration.inbound;

/** This service's reading of customer-service's ProspectingPlanSet v1: a rep's minimum of new leads for a month. */
public record ProspectingPlanSetV1(String repId, String month, int minimumNewLeads) {
}
