package com.salesplatform.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platform.readmodel.GenerationRegistry.Goal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    private static final List<Goal> GOALS = List.of(
            new Goal("app.orders.g2", "sales.orders.events", 0, 10, 110),
            new Goal("app.orders.g2", "sales.orders.events", 1, 0, 100),
            new Goal("app.roster.g2", "sales.performance.events", 0, 0, 0));

    @Test
    void countsEachPartitionFromWhereItStartedUpToItsGoal() {
        var committed = Map.of("app.orders.g2", Map.of(
                new TopicPartition("sales.orders.events", 0), 60L,
                new TopicPartition("sales.orders.events", 1), 150L));

        RebuildProgress progress = RebuildProgress.of(GOALS, committed, Duration.ofSeconds(4));

        assertThat(progress.events()).isEqualTo(200);
        assertThat(progress.replayed()).as("50 of the first, the second only up to its goal").isEqualTo(150);
        assertThat(progress.percent()).isEqualByComparingTo("75.00");
        assertThat(progress.eventsPerSecond()).isEqualByComparingTo("37.5");
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void aGroupThatCommittedNothingIsAtItsStart() {
        RebuildProgress progress = RebuildProgress.of(GOALS, Map.of(), Duration.ofMillis(500));

        assertThat(progress.replayed()).isZero();
        assertThat(progress.percent()).isEqualByComparingTo("0");
        assertThat(progress.eventsPerSecond()).as("not measurable within the first second").isNull();
    }

    @Test
    void nothingToReplayIsComplete() {
        RebuildProgress progress = RebuildProgress.of(List.of(GOALS.get(2)), Map.of(), Duration.ZERO);

        assertThat(progress.complete()).isTrue();
        assertThat(progress.percent()).isEqualByComparingTo("100");
    }

    @Test
    void aFinishedRebuildReportsItsAverageSpeed() {
        RebuildProgress progress = RebuildProgress.finished(GOALS, Duration.ofSeconds(8));

        assertThat(progress.replayed()).isEqualTo(200);
        assertThat(progress.eventsPerSecond()).isEqualByComparingTo("25.0");
        assertThat(progress.complete()).isTrue();
    }
}
