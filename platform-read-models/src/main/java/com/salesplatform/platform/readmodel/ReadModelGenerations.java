package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.ConsumerSet;
import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.readmodel.GenerationRegistry.Generation;
import com.salesplatform.platform.readmodel.GenerationRegistry.Goal;
import com.salesplatform.platform.readmodel.GenerationRegistry.State;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a service's read models in generations. The active generation answers every query while its consumers
 * keep it current; a rebuild creates the next generation — a new schema, consumer groups starting at the topics'
 * beginning — whose consumers replay everything next to the active ones. When it has reached the end the topics had
 * when the rebuild began, it becomes the active generation in one transaction, and the previous one is retired; its
 * schema is dropped a while later.
 *
 * <p>Every replica runs the consumers of the active and the building generation (Kafka shares the partitions out)
 * and looks every {@code refresh-interval} for a switch, so any replica may finish a rebuild another began, and a
 * restart in the middle of a rebuild just carries on.
 */
public class ReadModelGenerations implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelGenerations.class);
    /** Serialises creating generations across replicas. */
    private static final long CREATION_LOCK = 0x5a1e5_6e4e_4a7eL;

    private final InboundSubscriptions subscriptions;
    private final ReadModelRouting routing;
    private final GenerationRegistry registry;
    private final GenerationSchemas schemas;
    private final ConsumerOffsets offsets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PlatformProperties.ReadModels settings;
    private final Clock clock;
    private final Map<Integer, ConsumerSet> running = new ConcurrentHashMap<>();
    private volatile double rebuildProgress = 1.0;
    private ScheduledExecutorService refresher;

    ReadModelGenerations(InboundSubscriptions subscriptions, ReadModelRouting routing, GenerationRegistry registry,
                         GenerationSchemas schemas, ConsumerOffsets offsets, JdbcTemplate jdbc,
                         TransactionTemplate transaction, PlatformProperties.ReadModels settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.routing = routing;
        this.registry = registry;
        this.schemas = schemas;
        this.offsets = offsets;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** After the migrations, before any request: every live generation's schema is current, one is active. */
    @Override
    public void afterSingletonsInstantiated() {
        List<Generation> live = whileCreatingGenerations(() -> {
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
        activateFrom(live);
    }

    /**
     * Starts building the next generation from the topics' beginning; it replaces the active one by itself once it
     * has caught up. 409 while another rebuild is running.
     */
    public GenerationStatus rebuild(String requestedBy) {
        ReadModelGeneration next = whileCreatingGenerations(() -> {
            inState(registry.live(), State.BUILDING).ifPresent(building -> {
                throw new RuleViolationException("Generation " + building.generation().number()
                        + " is being rebuilt; cancel it or wait for it to finish");
            });
            ReadModelGeneration generation = new ReadModelGeneration(registry.nextNumber());
            prepare(generation, goals -> registry.addBuilding(generation, requestedBy, goals, clock.instant()));
            return generation;
        });
        log.info("{} started rebuilding the read models into generation {}", requestedBy, next.number());
        refreshSoon();
        return status(next.number());
    }

    /** Stops a rebuild; the active generation stays. */
    public GenerationStatus cancel(int number) {
        Generation generation = find(number);
        if (generation.state() != State.BUILDING || !registry.cancel(number, clock.instant())) {
            throw new RuleViolationException("Generation " + number + " is " + generation.state().name()
                    .toLowerCase() + ", not being rebuilt");
        }
        refreshSoon();
        return status(number);
    }

    public GenerationStatus status(int number) {
        return status(find(number));
    }

    /** The latest generations, newest first. */
    public List<GenerationStatus> latest(int limit) {
        return registry.latest(limit).stream().map(this::status).toList();
    }

    public Optional<ReadModelGeneration> active() {
        return routing.active();
    }

    /** Of the running rebuild, 0 to 1; 1 when none is running. */
    public double rebuildProgress() {
        return rebuildProgress;
    }

    private Generation find(int number) {
        return registry.find(number).orElseThrow(() -> new NotFoundException("read-model generation", number));
    }

    private GenerationStatus status(Generation generation) {
        return new GenerationStatus(generation.generation().number(), generation.generation().schema(),
                generation.state().name(), generation.requestedBy(), generation.startedAt(),
                generation.activatedAt(), generation.retiredAt(), generation.droppedAt(),
                progress(generation).orElse(null));
    }

    private Optional<RebuildProgress> progress(Generation generation) {
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

    private Map<String, Map<TopicPartition, Long>> committed(List<Goal> goals) {
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        goals.stream().map(Goal::group).distinct().forEach(group -> committed.put(group, offsets.committed(group)));
        return committed;
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

    @Override
    public void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "read-model-generations");
            thread.setDaemon(true);
            return thread;
        });
        refresh();
        long interval = settings.refreshInterval().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void refreshSoon() {
        ScheduledExecutorService executor = refresher;
        if (executor != null) {
            executor.execute(this::refreshQuietly);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not refresh the read-model generations; trying again in {}", settings.refreshInterval(), e);
        }
    }

    /**
     * Follows the registry: the active generation answers queries, the consumers of live generations run and no
     * others, a building generation that caught up becomes active, old schemas go.
     */
    private synchronized void refresh() {
        List<Generation> live = registry.live();
        activateFrom(live);
        live.forEach(generation -> running.computeIfAbsent(generation.generation().number(),
                number -> startConsumers(generation.generation())));
        List<Integer> liveNumbers = live.stream().map(generation -> generation.generation().number()).toList();
        List.copyOf(running.keySet()).stream().filter(number -> !liveNumbers.contains(number))
                .forEach(number -> running.remove(number).stop());
        Optional<Generation> building = inState(live, State.BUILDING);
        if (building.isPresent()) {
            finishIfCaughtUp(building.get());
        } else {
            rebuildProgress = 1.0;
        }
        dropRetiredSchemas();
    }

    private void activateFrom(List<Generation> live) {
        inState(live, State.ACTIVE).ifPresent(generation -> routing.activate(generation.generation()));
    }

    private static Optional<Generation> inState(List<Generation> generations, State state) {
        return generations.stream().filter(generation -> generation.state() == state).findFirst();
    }

    private void finishIfCaughtUp(Generation building) {
        int number = building.generation().number();
        RebuildProgress progress = progress(building).orElseThrow();
        rebuildProgress = progress.events() == 0 ? 1.0 : (double) progress.replayed() / progress.events();
        if (progress.complete() && registry.activate(number, clock.instant())) {
            log.info("Read-model generation {} replayed {} events and is now active", number, progress.events());
            refresh();
        }
    }

    private ConsumerSet startConsumers(ReadModelGeneration generation) {
        ConsumerSet consumers = subscriptions.consumers(generation.groupSuffix(),
                work -> routing.runIn(generation, work));
        consumers.start();
        return consumers;
    }

    private void dropRetiredSchemas() {
        for (ReadModelGeneration retired : registry.droppable(clock.instant().minus(settings.retiredKeptFor()))) {
            schemas.drop(retired);
            offsets.deleteGroups(subscriptions.topicsByGroup(retired.groupSuffix()).keySet());
            registry.dropped(retired, clock.instant());
            log.info("Dropped schema {} of retired read-model generation {}", retired.schema(), retired.number());
        }
    }

    @Override
    public void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            try {
                refresher.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            refresher = null;
        }
        running.values().forEach(ConsumerSet::stop);
        running.clear();
        offsets.close();
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }
}
