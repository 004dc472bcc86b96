package com.salesplatform.orders.integration.inbound;

import com.salesplatform.orders.lookup.CustomerReplica;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps the copy {@link CustomerReplica} reads from {@code sales.customers.events}: owner and credit limit. */
@Configuration(proxyBeanMethods = false)
class CustomerReplicaUpdates {

    @Bean
    InboundSubscription customerReplicaSubscription(JdbcTemplate jdbc) {
        return InboundSubscription.named("customer-replica")
                .topic(PlatformProperties.topicOf("customers"))
                .on("LeadRegistered", 1, LeadRegisteredV1.class,
                        (lead, envelope) -> recordOwner(jdbc, lead.customerId(), lead.ownerRepId()))
                .on("LeadRegistered", 2, LeadRegisteredV1.class,
                        (lead, envelope) -> recordOwner(jdbc, lead.customerId(), lead.ownerRepId()))
                .on("CustomerReassigned", 1, CustomerReassignedV1.class,
                        (change, envelope) -> recordOwner(jdbc, change.customerId(), change.ownerRepId()))
                .on("CreditLimitSet", 1, CreditLimitSetV1.class,
                        (limit, envelope) -> recordCreditLimit(jdbc, limit.customerId(), limit.amount()))
                .build();
    }

    private static void recordOwner(JdbcTemplate jdbc, String customerId, String ownerRepId) {
        jdbc.update("""
                INSERT INTO credit_customer (customer_id, owner_rep_id) VALUES (?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET owner_rep_id = EXCLUDED.owner_rep_id""",
                customerId, ownerRepId);
    }

    private static void recordCreditLimit(JdbcTemplate jdbc, String customerId, BigDecimal amount) {
        jdbc.update("""
                INSERT INTO credit_customer (customer_id, credit_limit) VALUES (?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET credit_limit = EXCLUDED.credit_limit""",
                customerId, amount);
    }
}
