package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.readmodel.GenerationRegistry.Generation;
import com.salesplatform.platform.readmodel.GenerationRegistry.Goal;
import com.salesplatform.platform.readmodel.GenerationRegistry.State;
import com.salesplatform.platform.rejection.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/** What the registry and the consumer groups' offsets say of a generation: its state and a rebuild's progress. */
class GenerationStatuses {

    private final GenerationRegistry registry;
    private final ConsumerOffsets offsets;
    private final Clock clock;

    GenerationStatuses(GenerationRegistry registry, ConsumerOffsets offsets, Clock clock) {
        this.registry = registry;
        this.offsets = offsets;
        this.clock = clock;
    }

    GenerationStatus status(int number) {
        return status(find(number));
    }

    /** The latest generations, newest first. */
    List<GenerationStatus> latest(int limit) {
        return registry.latest(limit).stream().map(this::status).toList();
    }

    Generation find(int number) {
        return registry.find(number).orElseThrow(() -> new NotFoundException("read-model generation", number));
    }

    /** A rebuild's progress: replayed against the goals recorded when it began; none for the first generation. */
    Optional<RebuildProgress> progress(Generation generation) {
        if (generation.requestedBy() == null) {
            return Optional.empty();
        }
        List<Goal> goals = registry.goals(generation.generation().number());
        if (generation.state() == State.BUILDING) {
            return Optional.of(RebuildProgress.of(goals, committed(goals),
                    Duration.between(generation.startedAt(), clock.instant())));
        }
        if (generation.activatedAt() != null) {
            return Optional.of(RebuildProgress.finished(goals,
                    Duration.between(generation.startedAt(), generation.activatedAt())));
        }
        return Optional.empty();
    }

    private GenerationStatus status(Generation generation) {
        return new GenerationStatus(generation.generation().number(), generation.generation().schema(),
                generation.state().name(), generation.requestedBy(), generation.startedAt(),
                generation.activatedAt(), generation.retiredAt(), generation.droppedAt(),
                progress(generation).orElse(null));
    }

    private Map<String, Map<TopicPartition, Long>> committed(List<Goal> goals) {
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        goals.stream().map(Goal::group).distinct().forEach(group -> committed.put(group, offsets.committed(group)));
        return committed;
    }
}
