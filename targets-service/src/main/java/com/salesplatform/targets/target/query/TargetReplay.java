package com.salesplatform.targets.target.query;

import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.TargetActivatedEvent;
import com.salesplatform.targets.target.api.TargetAdjustedEvent;
import com.salesplatform.targets.target.api.TargetAllocatedEvent;
import com.salesplatform.targets.target.api.TargetClosedEvent;
import com.salesplatform.targets.target.api.TargetDecomposedEvent;
import com.salesplatform.targets.target.api.TargetSetEvent;
import com.salesplatform.targets.target.api.TargetStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/** A target folded from its events, as the as-of view needs it. */
final class TargetReplay {

    private TargetSetEvent set;
    private BigDecimal amount;
    private TargetStatus status;
    private List<String> partIds = List.of();
    private List<Allocation> allocations = List.of();

    private TargetReplay() {
    }

    /** Empty when the events do not begin with the target being set (it did not exist yet). */
    static Optional<TargetReplay> of(List<DomainEventMessage<?>> events) {
        TargetReplay replay = new TargetReplay();
        events.forEach(event -> replay.apply(event.getPayload()));
        return Optional.ofNullable(replay.set).map(set -> replay);
    }

    private void apply(Object event) {
        if (event instanceof TargetSetEvent setEvent) {
            set = setEvent;
            amount = setEvent.amount();
            status = TargetStatus.DRAFT;
        } else if (event instanceof TargetDecomposedEvent decomposed) {
            partIds = decomposed.parts().stream().map(TargetDecomposedEvent.Part::targetId).toList();
        } else if (event instanceof TargetAllocatedEvent allocated) {
            allocations = allocated.allocations();
        } else if (event instanceof TargetAdjustedEvent adjusted) {
            amount = adjusted.amount();
        } else if (event instanceof TargetActivatedEvent) {
            status = TargetStatus.ACTIVE;
        } else if (event instanceof TargetClosedEvent) {
            status = TargetStatus.CLOSED;
        }
    }

    /** The parts of its decomposition, then the targets its allocation created. */
    List<String> childIds() {
        List<String> ids = new ArrayList<>(partIds);
        allocations.forEach(share -> ids.add(share.targetIdUnder(set.targetId())));
        return ids;
    }

    List<Allocation> allocations() {
        return allocations;
    }

    TargetView.Definition definition() {
        return new TargetView.Definition(set.targetId(), set.scope(), set.ownerId(), set.period(), set.metric(), amount,
                set.currency(), status, set.parentTargetId(), set.specific(), set.achievable(), set.relevant(),
                set.timeBound(), set.incentivePlanId());
    }

    TargetView.Child asChild() {
        return new TargetView.Child(set.targetId(), set.scope(), set.ownerId(), set.period(), amount);
    }
}
