package com.salesplatform.orders.opportunity.query;

import java.time.Instant;

/** A stay in one stage: when it began, when it ended (null: still there) and who moved the deal there. */
public record StagePeriod(String stage, Instant enteredAt, Instant leftAt, String actorId) {
}
