package com.salesplatform.training.session.query;

import java.util.List;

/** A page of sessions and how many there are in all (a concrete type, as Axon matches query responses by class). */
public record SessionList(List<SessionView> items, long totalItems) {
}
