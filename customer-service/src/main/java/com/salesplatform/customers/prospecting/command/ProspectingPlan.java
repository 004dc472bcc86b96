package com.salesplatform.customers.prospecting.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.customers.customer.api.LeadChannel;
import com.salesplatform.customers.prospecting.api.ProspectingPlanSetEvent;
import com.salesplatform.customers.prospecting.api.SetProspectingPlanCommand;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.roster.RosterReplica;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A rep's prospecting plan (客户开发) for one month; setting it again replaces it. */
@Aggregate
public class ProspectingPlan {

    static final int MAX_LEADS = 10_000;

    @AggregateIdentifier
    private String planId;

    protected ProspectingPlan() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetProspectingPlanCommand command, RosterReplica roster) {
        if (!roster.isActive(command.repId())) {
            throw new FieldRejectedException("repId", "is not a rep in the roster");
        }
        requireMonth(command.month());
        if (command.minimumNewLeads() < 0 || command.minimumNewLeads() > MAX_LEADS) {
            throw new FieldRejectedException("minimumNewLeads", "must be between 0 and " + MAX_LEADS);
        }
        Map<LeadChannel, Integer> byChannel = new EnumMap<>(LeadChannel.class);
        if (command.byChannel() != null) {
            byChannel.putAll(command.byChannel());
        }
        if (byChannel.values().stream().anyMatch(count -> count == null || count < 0)) {
            throw new FieldRejectedException("byChannel", "each channel's minimum must be 0 or more");
        }
        if (byChannel.values().stream().mapToInt(Integer::intValue).sum() > command.minimumNewLeads()) {
            throw new FieldRejectedException("byChannel", "the channels' minimums must not add up to more than "
                    + "minimumNewLeads");
        }
        apply(new ProspectingPlanSetEvent(command.repId(), command.month(), command.minimumNewLeads(), byChannel));
    }

    private static void requireMonth(String month) {
        try {
            if (month == null || !month.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM", String.valueOf(month), 0);
            }
            YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new FieldRejectedException("month", "must be a month like 2027-03");
        }
    }

    @EventSourcingHandler
    void on(ProspectingPlanSetEvent event) {
        planId = SetProspectingPlanCommand.planIdOf(event.repId(), event.month());
    }
}
