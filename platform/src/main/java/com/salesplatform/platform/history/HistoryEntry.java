package com.salesplatform.platform.history;

import java.time.Instant;

/**
 * One stored event of an aggregate, as every {@code GET …/{id}/history} answers it: the event's id, its published
 * type and version, its position in the aggregate's stream, when it was recorded, by whom (the caller's id, null for
 * the platform itself), the reason the caller gave where the event carries one, and its fields.
 */
public record HistoryEntry(String id, String type, int version, long sequence, Instant occurredAt, String actorId,
                           String reason, Object data) {
}
