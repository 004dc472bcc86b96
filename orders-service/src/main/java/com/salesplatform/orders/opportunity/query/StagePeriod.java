package com.salesplatform.orders.opportunity.query;

import java.time.Instant;

/**
 * A stay in one stage: when it began, when it ended (null: still there) and who moved the deal there; a WON or LOST
 * stay also how the deal ended ({@code reason}, and the {@code competitor} it was lost to), kept after a reopening.
 */
public record StagePeriod(String stage, Instant enteredAt, Instant leftAt, String actorId, String reason,
                          String competitor) {
}
