package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.readmodel.GenerationRegistry.Generation;
import com.salesplatform.platform.readmodel.GenerationRegistry.Goal;
import com.salesplatform.platform.readmodel.GenerationRegistry.State;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates generations, one replica at a time (a PostgreSQL advisory lock): the first one of an installation, and
 * the next one of a rebuild — its schema migrated, its consumer groups set to start at the topics' beginning, and
 * the end each must reach recorded as its goals.
 */
class GenerationCreation {

    private static final Logger log = LoggerFactory.getLogger(GenerationCreation.class);
    /** Serialises creating generations across replicas. */
    private static final long CREATION_LOCK = 0x5a1e5_6e4e_4a7eL;

    private final InboundSubscriptions subscriptions;
    private final GenerationRegistry registry;
    private final GenerationSchemas schemas;
    private final ConsumerOffsets offsets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GenerationCreation(InboundSubscriptions subscriptions, GenerationRegistry registry, GenerationSchemas schemas,
                       ConsumerOffsets offsets, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.schemas = schemas;
        this.offsets = offsets;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The live generations with their schemas current, the first one created if there is none yet. */
    List<Generation> liveOrFirst() {
        return whileCreatingGenerations(() -> {
            List<Generation> existing = registry.live();
            if (!existing.isEmpty()) {
                existing.forEach(generation -> schemas.migrate(generation.generation()));
                return existing;
            }
            ReadModelGeneration first = new ReadModelGeneration(registry.nextNumber());
            prepare(first, goals -> registry.addFirst(first, goals, clock.instant()));
            log.info("Created read-model generation {} in schema {}", first.number(), first.schema());
            return registry.live();
        });
    }

    /** The next generation, building from the topics' beginning; 409 while another rebuild is running. */
    ReadModelGeneration next(String requestedBy) {
        return whileCreatingGenerations(() -> {
            registry.live().stream().filter(generation -> generation.state() == State.BUILDING).findFirst()
                    .ifPresent(building -> {
                        throw new RuleViolationException("Generation " + building.generation().number()
                                + " is being rebuilt; cancel it or wait for it to finish");
                    });
            ReadModelGeneration generation = new ReadModelGeneration(registry.nextNumber());
            prepare(generation, goals -> registry.addBuilding(generation, requestedBy, goals, clock.instant()));
            return generation;
        });
    }

    /** Creates the schema, then records the generation with where its consumers start and must get to. */
    private void prepare(ReadModelGeneration generation, Consumer<List<Goal>> record) {
        schemas.drop(generation); // what a failed attempt with the same number may have left
        try {
            schemas.migrate(generation);
            List<Goal> goals = goalsOf(generation);
            goals.stream().collect(Collectors.groupingBy(Goal::group, Collectors.toMap(
                            goal -> new TopicPartition(goal.topic(), goal.partition()), Goal::start)))
                    .forEach(offsets::startAt);
            record.accept(goals);
        } catch (RuntimeException e) {
            schemas.drop(generation);
            throw e;
        }
    }

    private List<Goal> goalsOf(ReadModelGeneration generation) {
        var ranges = offsets.ranges(subscriptions.topics());
        List<Goal> goals = new ArrayList<>();
        subscriptions.topicsByGroup(generation.groupSuffix()).forEach((group, topics) ->
                ranges.forEach((partition, range) -> {
                    if (topics.contains(partition.topic())) {
                        goals.add(new Goal(group, partition.topic(), partition.partition(), range.start(),
                                range.end()));
                    }
                }));
        return goals;
    }

    private <T> T whileCreatingGenerations(Supplier<T> work) {
        return transaction.execute(status -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", CREATION_LOCK);
            return work.get();
        });
    }
}
