package com.salesplatform.orders.opportunity.query;

import com.salesplatform.orders.opportunity.api.OpportunityStage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stay in one stage: when it began, when it ended (null: still there) and who moved the deal there; a WON or LOST
 * stay also how the deal ended ({@code reason}, and the {@code competitor} it was lost to), kept after a reopening.
 */
public record StagePeriod(String stage, Instant enteredAt, Instant leftAt, String actorId, String reason,
                          String competitor) {

    /** Seconds spent in each open stage, summed over reopenings, a stay not yet left counted until {@code until}. */
    static Map<String, Long> secondsInOpenStages(List<StagePeriod> stages, Instant until) {
        Map<String, Long> seconds = new LinkedHashMap<>();
        for (StagePeriod period : stages) {
            if (!OpportunityStage.valueOf(period.stage()).isClosed()) {
                Instant end = period.leftAt() == null ? until : period.leftAt();
                seconds.merge(period.stage(), Duration.between(period.enteredAt(), end).toSeconds(), Long::sum);
            }
        }
        return seconds;
    }

    StagePeriod leftAt(Instant at) {
        return new StagePeriod(stage, enteredAt, at, actorId, reason, competitor);
    }

    StagePeriod endedWith(String closeReason, String lostTo) {
        return new StagePeriod(stage, enteredAt, leftAt, actorId, closeReason, lostTo);
    }
}
