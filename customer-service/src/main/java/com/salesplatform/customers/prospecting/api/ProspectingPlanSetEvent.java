package com.salesplatform.customers.prospecting.api;

import com.salesplatform.customers.customer.api.LeadChannel;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A rep's prospecting plan for a month ({@code yyyy-MM}) now reads as given. */
@Revision("1")
public record ProspectingPlanSetEvent(String repId, String month, int minimumNewLeads,
                                      Map<LeadChannel, Integer> byChannel) {
}
