package com.salesplatform.customers.prospecting.api;

import com.salesplatform.customers.customer.api.LeadChannel;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets (or replaces) a rep's prospecting plan for a month: the minimum of new leads, optionally per channel. */
public record SetProspectingPlanCommand(@TargetAggregateIdentifier String planId, String repId, String month,
                                        int minimumNewLeads, Map<LeadChannel, Integer> byChannel) {

    public static String planIdOf(String repId, String month) {
        return repId + "/" + month;
    }
}
