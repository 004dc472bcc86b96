package com.salesplatform.platform.idempotency;

import com.salesplatform.platform.scheduling.PeriodicTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Drops the kept answers older than the retention, every {@code purge-interval}, on every replica (idempotent). */
class IdempotencyPurge extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    IdempotencyPurge(IdempotencyStore store, Duration interval) {
        super("idempotency-purge", interval, () -> {
            int purged = store.purge();
            if (purged > 0) {
                log.debug("Purged {} expired idempotency answers", purged);
            }
        });
    }
}
