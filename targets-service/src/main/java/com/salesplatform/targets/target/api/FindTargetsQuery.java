package com.salesplatform.targets.target.api;

import com.salesplatform.platform.access.CallerScope;

/** A page of targets matching the optional filters, limited to what a caller of {@code viewer} may see. */
public record FindTargetsQuery(String period, TargetScope scope, String ownerId, CallerScope viewer, int page,
                               int size) {
}
