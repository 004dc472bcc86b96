package com.salesplatform.targets.target.query;

import java.time.Instant;

/** One stored event of a target: its contract type, when, who (the caller's id), why, and its fields. */
public record TargetHistoryEntry(long sequence, String type, Instant occurredAt, String actorId, String reason,
                                 Object data) {
}
