package com.salesplatform.targets.target.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The whole current allocation of a target; it replaces the previous one, which stays in the history. */
@Revision("1")
public record TargetAllocatedEvent(String targetId, List<Allocation> allocations) {
}
