package com.salesplatform.platform.readmodel;

import java.time.Instant;

/**
 * A generation of the read models as an administrator sees it.
 *
 * @param state    ACTIVE (answers queries), BUILDING (a rebuild replaying the topics), RETIRED (replaced by a
 *                 newer one) or CANCELLED
 * @param progress of the replay: live while building, final for a generation a rebuild made active; absent for
 *                 the first generation, which answered queries from the start
 */
public record GenerationStatus(int generation, String schema, String state, String requestedBy, Instant startedAt,
                               Instant activatedAt, Instant retiredAt, Instant droppedAt, RebuildProgress progress) {
}
