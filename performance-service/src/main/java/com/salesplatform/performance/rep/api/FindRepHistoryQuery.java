package com.salesplatform.performance.rep.api;

/** Every roster event of one rep, oldest first, from the event store. */
public record FindRepHistoryQuery(String repId) {
}
