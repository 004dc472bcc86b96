package com.salesplatform.platform.idempotency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Drops the kept answers older than the retention, every {@code purge-interval}, on every replica (idempotent). */
class IdempotencyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    IdempotencyPurge(IdempotencyStore store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::purgeQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void purgeQuietly() {
        try {
            int purged = store.purge();
            if (purged > 0) {
                log.debug("Purged {} expired idempotency answers", purged);
            }
        } catch (RuntimeException e) {
            log.warn("Could not purge expired idempotency answers; trying again in {}", interval, e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
