package com.salesplatform.targets.target.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.web.FieldRejectedException;
import com.salesplatform.targets.target.api.SetTargetCommand;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetSetEvent;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A sales target of one owner for one period, set by the SMART rules of DOMAIN.md §1. */
@Aggregate
public class SalesTarget {

    static final String DEFAULT_CURRENCY = "CNY";

    @AggregateIdentifier
    private String targetId;
    private TargetStatus status;

    protected SalesTarget() {
        // for Axon
    }

    @CommandHandler
    public SalesTarget(SetTargetCommand command, Clock clock) {
        requireText("specific", command.specific());
        requireText("achievable", command.achievable());
        requireText("relevant", command.relevant());
        requireOwnerMatchesScope(command.scope(), command.ownerId());
        if (command.metric() == null) {
            throw new FieldRejectedException("metric", "must not be null");
        }
        BigDecimal amount = TargetAmount.of(command.metric(), command.amount());
        Period period = Period.parse(command.period());
        if (period.hasEndedAt(clock.instant())) {
            throw new FieldRejectedException("period", "has already ended; targets are set for current or future periods");
        }
        String currency = command.currency() == null ? DEFAULT_CURRENCY : command.currency();
        if (!currency.matches("[A-Z]{3}")) {
            throw new FieldRejectedException("currency", "must be an ISO 4217 code such as CNY");
        }
        apply(new TargetSetEvent(command.targetId(), command.scope(), command.ownerId(), period.value(),
                command.metric(), amount, currency, command.specific().strip(), command.achievable().strip(),
                command.relevant().strip(), period.end(), null));
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new FieldRejectedException(field, "must not be blank");
        }
    }

    private static void requireOwnerMatchesScope(TargetScope scope, String ownerId) {
        if (scope == null) {
            throw new FieldRejectedException("scope", "must not be null");
        }
        boolean hasOwner = ownerId != null && !ownerId.isBlank();
        if (scope == TargetScope.COMPANY && hasOwner) {
            throw new FieldRejectedException("ownerId", "must be absent for a COMPANY target");
        }
        if (scope != TargetScope.COMPANY && !hasOwner) {
            throw new FieldRejectedException("ownerId", "must name the team or rep of a " + scope + " target");
        }
    }

    @EventSourcingHandler
    void on(TargetSetEvent event) {
        targetId = event.targetId();
        status = TargetStatus.DRAFT;
    }
}
