package com.salesplatform.customers.prospecting.api;

/** A rep's plan for a month with its coverage so far. */
public record FindProspectingPlanQuery(String repId, String month) {
}
