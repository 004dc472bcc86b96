package com.salesplatform.orders.lookup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What this service knows of customer-service's customers (from {@code sales.customers.events}): who owns each
 * customer and its credit limit, kept by {@code integration.inbound.CustomerReplicaUpdates}. The rows are also the
 * per-customer lock of the credit check.
 */
@Component
public class CustomerReplica {

    private static final Duration REPLICA_POLL = Duration.ofMillis(50);

    private final JdbcTemplate jdbc;

    CustomerReplica(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isKnown(String customerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM credit_customer WHERE customer_id = ?)", Boolean.class, customerId));
    }

    /**
     * Whether the customer is known, waiting up to {@code patience} for the replica: a customer created a moment
     * ago in customer-service arrives here within about a second, and its first deal or order should not fail.
     */
    public boolean isKnownWithin(String customerId, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!isKnown(customerId)) {
            if (!Instant.now().isBefore(deadline)) {
                return false;
            }
            try {
                Thread.sleep(REPLICA_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public Optional<String> ownerOf(String customerId) {
        return jdbc.queryForList("SELECT owner_rep_id FROM credit_customer WHERE customer_id = ?", String.class,
                customerId).stream().filter(owner -> owner != null).findFirst();
    }
}
