package com.salesplatform.customers.prospecting.query;

import com.salesplatform.customers.customer.api.LeadChannel;
import java.util.Map;

/** A rep's plan for a month and its coverage: the leads they registered that month (in the company's time zone), in all and per channel. */
public record ProspectingPlanView(String repId, String month, int minimumNewLeads, Map<LeadChannel, Integer> byChannel,
                                  int newLeads, Map<LeadChannel, Integer> newLeadsByChannel) {
}
