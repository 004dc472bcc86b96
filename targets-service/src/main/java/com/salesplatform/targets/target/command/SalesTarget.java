package com.salesplatform.targets.target.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.value.Text;
import com.salesplatform.targets.lookup.IncentivePlans;
import com.salesplatform.targets.target.api.ActivateTargetCommand;
import com.salesplatform.targets.target.api.AdjustTargetCommand;
import com.salesplatform.targets.target.api.AllocateTargetCommand;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.CloseTargetCommand;
import com.salesplatform.targets.target.api.DecomposeTargetCommand;
import com.salesplatform.targets.target.api.ReallocateShareCommand;
import com.salesplatform.targets.target.api.SetTargetCommand;
import com.salesplatform.targets.target.api.TargetActivatedEvent;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import com.salesplatform.targets.target.api.TargetAllocatedEvent;
import com.salesplatform.targets.target.api.TargetClosedEvent;
import com.salesplatform.targets.target.api.TargetDecomposedEvent;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.TargetSetEvent;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A sales target of one owner for one period, set by the SMART rules of DOMAIN.md §1; it may be decomposed into child
 * targets (new aggregates created in the same unit of work), allocated to teams or reps, adjusted, activated, closed.
 */
@Aggregate
public class SalesTarget {

    static final String DEFAULT_CURRENCY = "CNY";

    @AggregateIdentifier
    private String targetId;
    private TargetStatus status;
    /** The target as it was set (scope, owner, period, metric, SMART texts): what its parts inherit. */
    private TargetSetEvent definition;
    /** The current amount: the set amount until an adjustment changes it. */
    private BigDecimal amount;
    private boolean decomposed;
    /** The owners of the current allocation: each holds a target allocated from this one. */
    private Set<String> allocatedOwners = Set.of();

    protected SalesTarget() {
        // for Axon
    }

    @CommandHandler
    public SalesTarget(SetTargetCommand command, Clock clock, RosterReplica roster, IncentivePlans plans) {
        RosterOwners.requireKnown("ownerId", command.scope(), command.ownerId(), roster);
        Text.required("specific", command.specific());
        Text.required("achievable", command.achievable());
        Text.required("relevant", command.relevant());
        requireOwnerMatchesScope(command.scope(), command.ownerId());
        if (command.metric() == null) {
            throw new FieldRejectedException("metric", "must not be null");
        }
        BigDecimal amount = TargetAmount.of(command.metric(), command.amount());
        Period period = Period.parse(command.period());
        RewardingPlan.require(command.incentivePlanId(), period, plans);
        BusinessCalendar calendar = BusinessCalendar.of(clock);
        if (command.importedBy() == null && period.hasEndedAt(clock.instant(), calendar)) {
            throw new FieldRejectedException("period", "has already ended; targets are set for current or future periods");
        }
        if (command.importedBy() != null && !period.hasBegunAt(clock.instant(), calendar)) {
            throw new FieldRejectedException("period", "has not begun; an import records history, not plans");
        }
        String currency = command.currency() == null ? DEFAULT_CURRENCY : command.currency();
        if (!currency.matches("[A-Z]{3}")) {
            throw new FieldRejectedException("currency", "must be an ISO 4217 code such as CNY");
        }
        apply(new TargetSetEvent(command.targetId(), command.scope(), command.ownerId(), period.value(),
                command.metric(), amount, currency, command.specific().strip(), command.achievable().strip(),
                command.relevant().strip(), period.end(calendar), null, command.incentivePlanId(),
                command.importedBy()));
    }

    /** A part of a decomposed parent: its period may already have ended (January of a year planned in February). */
    private SalesTarget(TargetSetEvent child) {
        apply(child);
    }

    @CommandHandler
    void handle(DecomposeTargetCommand command, Clock clock) throws Exception {
        requireNotClosed("decomposed");
        if (decomposed) {
            throw new RuleViolationException("Target " + targetId + " is already decomposed");
        }
        if (command.granularity() == null) {
            throw new FieldRejectedException("granularity", "must be QUARTER or MONTH");
        }
        List<String> periods = Period.parse(definition.period()).parts(command.granularity());
        List<BigDecimal> amounts = AmountSplit.split(amount, periods.size(), command.weights());
        List<TargetDecomposedEvent.Part> parts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            parts.add(new TargetDecomposedEvent.Part(childId(periods.get(i)), periods.get(i), amounts.get(i)));
        }
        apply(new TargetDecomposedEvent(targetId, command.granularity(),
                command.weights() == null ? null : List.copyOf(command.weights()), List.copyOf(parts)));
        for (TargetDecomposedEvent.Part part : parts) {
            createNew(SalesTarget.class, () -> new SalesTarget(childOf(part, BusinessCalendar.of(clock))));
        }
    }

    /**
     * Records the whole new allocation and creates the target of each owner named for the first time; owners named
     * before keep their target, which {@link ShareReallocation} brings to its new share.
     */
    @CommandHandler
    void handle(AllocateTargetCommand command, RosterReplica roster) throws Exception {
        requireNotClosed("allocated");
        List<Allocation> plan = AllocationPlan.checked(definition.scope(), definition.ownerId(), definition.metric(),
                amount, command.allocations(), allocatedOwners, roster);
        List<Allocation> newcomers = plan.stream().filter(share -> !allocatedOwners.contains(share.ownerId()))
                .toList();
        apply(new TargetAllocatedEvent(targetId, plan));
        for (Allocation share : newcomers) {
            createNew(SalesTarget.class, () -> new SalesTarget(allocatedTo(share)));
        }
    }

    /** Follows the parent's re-allocation: the new share, as an adjustment with its reason; nothing if unchanged. */
    @CommandHandler
    void handle(ReallocateShareCommand command) {
        if (command.amount().compareTo(amount) == 0 || status == TargetStatus.CLOSED) {
            return;
        }
        apply(new TargetAdjustedEvent(targetId, amount, command.amount(),
                "重新分配：上级目标 " + command.parentTargetId() + " 的分配已变更 (re-allocated by the parent target)",
                null));
    }

    @CommandHandler
    void handle(AdjustTargetCommand command) {
        requireNotClosed("adjusted");
        Text.required("reason", command.reason());
        BigDecimal newAmount = TargetAmount.of(definition.metric(), command.amount());
        if (newAmount.compareTo(amount) == 0) {
            throw new FieldRejectedException("amount", "is already the target's amount");
        }
        apply(new TargetAdjustedEvent(targetId, amount, newAmount, command.reason().strip(), command.riskId()));
    }

    @CommandHandler
    void handle(ActivateTargetCommand command) {
        if (status != TargetStatus.DRAFT) {
            throw new RuleViolationException("Only a DRAFT target can be activated; this one is " + status);
        }
        apply(new TargetActivatedEvent(targetId));
    }

    @CommandHandler
    void handle(CloseTargetCommand command) {
        if (status != TargetStatus.ACTIVE) {
            throw new RuleViolationException("Only an ACTIVE target can be closed; this one is " + status);
        }
        apply(new TargetClosedEvent(targetId));
    }

    /** The same parent and period always give the same child id. */
    private String childId(String period) {
        return UUID.nameUUIDFromBytes((targetId + "/" + period).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private TargetSetEvent allocatedTo(Allocation share) {
        return new TargetSetEvent(share.targetIdUnder(targetId), share.scope(), share.ownerId(),
                definition.period(), definition.metric(), share.amount(), definition.currency(), definition.specific(),
                definition.achievable(), definition.relevant(), definition.timeBound(), targetId,
                definition.incentivePlanId(), definition.importedBy());
    }

    private TargetSetEvent childOf(TargetDecomposedEvent.Part part, BusinessCalendar calendar) {
        Period period = Period.parse(part.period());
        return new TargetSetEvent(part.targetId(), definition.scope(), definition.ownerId(), period.value(),
                definition.metric(), part.amount(), definition.currency(), definition.specific(),
                definition.achievable(), definition.relevant(), period.end(calendar), targetId,
                definition.incentivePlanId(), definition.importedBy());
    }

    private void requireNotClosed(String action) {
        if (status == TargetStatus.CLOSED) {
            throw new RuleViolationException("A CLOSED target cannot be " + action);
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
        definition = event;
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(TargetDecomposedEvent event) {
        decomposed = true;
    }

    @EventSourcingHandler
    void on(TargetAllocatedEvent event) {
        allocatedOwners = event.allocations().stream().map(Allocation::ownerId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @EventSourcingHandler
    void on(TargetAdjustedEvent event) {
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(TargetActivatedEvent event) {
        status = TargetStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(TargetClosedEvent event) {
        status = TargetStatus.CLOSED;
    }
}
