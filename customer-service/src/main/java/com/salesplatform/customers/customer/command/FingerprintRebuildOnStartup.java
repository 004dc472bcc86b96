package com.salesplatform.customers.customer.command;

import com.salesplatform.customers.personaldata.ContactFingerprints;
import com.salesplatform.platform.history.AggregateEvents;
import java.util.List;
import org.axonframework.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, makes again from the event store the contact fingerprints not made with the current fingerprint
 * key: the plain SHA-256 fingerprints of a database from before keyed fingerprints, and every fingerprint after the
 * key changed. A customer's fingerprints are rebuilt in one transaction, so a lookup sees the old or the new ones.
 */
@Component
public class FingerprintRebuildOnStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FingerprintRebuildOnStartup.class);
    private static final int BATCH = 200;

    private final CustomerDirectory directory;
    private final AggregateEvents events;
    private final ContactFingerprints fingerprints;
    private final TransactionTemplate transaction;

    FingerprintRebuildOnStartup(CustomerDirectory directory, AggregateEvents events, ContactFingerprints fingerprints,
                                PlatformTransactionManager transactionManager) {
        this.directory = directory;
        this.events = events;
        this.fingerprints = fingerprints;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        rebuildStale();
    }

    /** @return how many customers' fingerprints it made again */
    public int rebuildStale() {
        int total = 0;
        List<String> stale;
        while (!(stale = directory.customersWithStaleFingerprints(BATCH)).isEmpty()) {
            for (String customerId : stale) {
                transaction.executeWithoutResult(status -> directory.rebuildFingerprints(customerId,
                        events.all(customerId).stream().map(Message::getPayload).toList()));
            }
            total += stale.size();
        }
        if (total > 0) {
            LOG.info("Made the contact fingerprints of {} customers again with fingerprint key '{}'", total,
                    fingerprints.keyId());
        }
        return total;
    }
}
