package com.salesplatform.targets.target.api;

/** A page of targets matching the optional filters, limited to what {@code viewer} may see. */
public record FindTargetsQuery(String period, TargetScope scope, String ownerId, Viewer viewer, int page, int size) {
}
