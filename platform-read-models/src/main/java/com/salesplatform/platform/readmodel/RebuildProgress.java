package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.readmodel.GenerationRegistry.Goal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a generation's consumers have replayed the topics, counted in records: for each partition, from where
 * it started to the end it had when the rebuild began.
 *
 * @param events          records to replay (every subscription counts the records of its topics)
 * @param replayed        records replayed so far
 * @param percent         replayed of events, 100 when there was nothing to replay
 * @param eventsPerSecond replay speed so far; absent before a second has passed
 */
public record RebuildProgress(long events, long replayed, BigDecimal percent, BigDecimal eventsPerSecond) {

    static RebuildProgress of(List<Goal> goals, Map<String, Map<TopicPartition, Long>> committedByGroup,
                              Duration elapsed) {
        long events = 0;
        long replayed = 0;
        for (Goal goal : goals) {
            long committed = committedByGroup.getOrDefault(goal.group(), Map.of())
                    .getOrDefault(new TopicPartition(goal.topic(), goal.partition()), goal.start());
            events += goal.end() - goal.start();
            replayed += Math.max(0, Math.min(committed, goal.end()) - goal.start());
        }
        return new RebuildProgress(events, replayed, percent(replayed, events), rate(replayed, elapsed));
    }

    /** The progress of a generation that has finished replaying all its goals within {@code took}. */
    static RebuildProgress finished(List<Goal> goals, Duration took) {
        long events = goals.stream().mapToLong(goal -> goal.end() - goal.start()).sum();
        return new RebuildProgress(events, events, BigDecimal.valueOf(100).setScale(2), rate(events, took));
    }

    public boolean complete() {
        return replayed == events;
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.valueOf(100).setScale(2)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
    }

    private static BigDecimal rate(long events, Duration elapsed) {
        return elapsed.toMillis() < 1000 ? null
                : BigDecimal.valueOf(events * 1000L).divide(BigDecimal.valueOf(elapsed.toMillis()), 1,
                RoundingMode.HALF_UP);
    }
}
