package com.salesplatform.targets.target.command;

import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.ReallocateShareCommand;
import com.salesplatform.targets.target.api.TargetAllocatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a re-allocation, every owner's allocated target follows its new share: an adjustment in that target's own
 * history, with the reason. New owners' targets were created with their share by the allocation itself.
 *
 * <p>Runs on a streaming processor of its own (at least once, from the event store); the command changes nothing
 * when the share is already the target's amount, so a redelivery has no effect. A newly deployed processor starts
 * at the head of the store: allocations made before it existed are not re-applied over later adjustments.
 */
@Component
@ProcessingGroup(ShareReallocation.PROCESSING_GROUP)
class ShareReallocation {

    static final String PROCESSING_GROUP = "target-reallocation";

    private static final Logger log = LoggerFactory.getLogger(ShareReallocation.class);

    private final CommandGateway commands;

    ShareReallocation(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(TargetAllocatedEvent event) {
        for (Allocation share : event.allocations()) {
            String allocated = share.targetIdUnder(event.targetId());
            try {
                commands.sendAndWait(new ReallocateShareCommand(allocated, event.targetId(), share.amount()));
            } catch (AggregateNotFoundException allocatedBeforeTargetsWereCreated) {
                log.info("Target {} was allocated to {} before allocations created targets; nothing to follow",
                        event.targetId(), share.ownerId());
            }
        }
    }
}
