package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.ConsumerSet;
import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.readmodel.GenerationRegistry.Generation;
import com.salesplatform.platform.readmodel.GenerationRegistry.State;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>This class runs that cycle (the refresh loop, activation, consumers, dropping retired schemas);
 * {@link GenerationCreation} creates generations and {@link GenerationStatuses} reports on them.
 */
public class ReadModelGenerations implements SmartInitializingSingleton, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelGenerations.class);

    private final InboundSubscriptions subscriptions;
    private final ReadModelRouting routing;
    private final GenerationRegistry registry;
    private final GenerationSchemas schemas;
    private final ConsumerOffsets offsets;
    private final GenerationCreation creation;
    private final GenerationStatuses statuses;
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
        this.creation = new GenerationCreation(subscriptions, registry, schemas, offsets, jdbc, transaction, clock);
        this.statuses = new GenerationStatuses(registry, offsets, clock);
        this.settings = settings;
        this.clock = clock;
    }

    /** After the migrations, before any request: every live generation's schema is current, one is active. */
    @Override
    public void afterSingletonsInstantiated() {
        activateFrom(creation.liveOrFirst());
    }

    /**
     * Starts building the next generation from the topics' beginning; it replaces the active one by itself once it
     * has caught up. 409 while another rebuild is running.
     */
    public GenerationStatus rebuild(String requestedBy) {
        ReadModelGeneration next = creation.next(requestedBy);
        log.info("{} started rebuilding the read models into generation {}", requestedBy, next.number());
        refreshSoon();
        return status(next.number());
    }

    /** Stops a rebuild; the active generation stays. */
    public GenerationStatus cancel(int number) {
        Generation generation = statuses.find(number);
        if (generation.state() != State.BUILDING || !registry.cancel(number, clock.instant())) {
            throw new RuleViolationException("Generation " + number + " is " + generation.state().name()
                    .toLowerCase() + ", not being rebuilt");
        }
        refreshSoon();
        return status(number);
    }

    public GenerationStatus status(int number) {
        return statuses.status(number);
    }

    /** The latest generations, newest first. */
    public List<GenerationStatus> latest(int limit) {
        return statuses.latest(limit);
    }

    public Optional<ReadModelGeneration> active() {
        return routing.active();
    }

    /** Of the running rebuild, 0 to 1; 1 when none is running. */
    public double rebuildProgress() {
        return rebuildProgress;
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
        RebuildProgress progress = statuses.progress(building).orElseThrow();
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
