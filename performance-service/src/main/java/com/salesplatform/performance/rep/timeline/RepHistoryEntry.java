package com.salesplatform.performance.rep.timeline;

import java.time.Instant;

/** One roster change of a rep: its event type, when it was recorded, by whom, and its fields. */
public record RepHistoryEntry(long sequence, String type, Instant occurredAt, String actorId, Object change) {
}
