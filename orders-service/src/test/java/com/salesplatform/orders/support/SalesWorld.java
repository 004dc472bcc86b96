package com.salesplatform.orders.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an order needs around it, made the way production makes it: reps and teams arrive as performance-service's
 * events, customers as customer-service's events (envelopes published on their topics), products over the API.
 */
public final class SalesWorld {

    public static final String CUSTOMERS_TOPIC = "sales.customers.events";

    private final Http http;
    private final JdbcTemplate jdbc;

    public SalesWorld(Http http, JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    /** A rep hired into {@code teamId} (RepHired on sales.performance.events), known here once it returns. */
    public String repIn(String teamId) {
        String repId = UUID.randomUUID().toString();
        ObjectNode data = Contracts.exampleData("performance", "RepHired", 1).put("repId", repId).put("teamId", teamId);
        TopicProbe.publish("sales.performance.events", repId, Contracts.envelope("performance", "RepHired", 1,
                UUID.randomUUID().toString(), repId, data));
        await("rep " + repId + " in the roster replica").atMost(Duration.ofSeconds(30))
                .until(() -> new RosterReplica(jdbc).teamOf(repId).isPresent());
        return repId;
    }

    /** A customer owned by {@code ownerRepId}, created in customer-service this instant: not yet in the replica. */
    public String customerJustCreated(String ownerRepId) {
        String customerId = UUID.randomUUID().toString();
        publishCustomerEvent("LeadRegistered", customerId, Contracts.exampleData("customers", "LeadRegistered", 1)
                .put("customerId", customerId).put("ownerRepId", ownerRepId));
        return customerId;
    }

    /** A customer owned by {@code ownerRepId}, with a credit limit unless {@code creditLimit} is null. */
    public String customerOf(String ownerRepId, String creditLimit) {
        String customerId = customerJustCreated(ownerRepId);
        if (creditLimit != null) {
            publishCustomerEvent("CreditLimitSet", customerId, Contracts.exampleData("customers", "CreditLimitSet", 1)
                    .put("customerId", customerId).put("amount", new BigDecimal(creditLimit)));
        }
        String known = creditLimit == null
                ? "SELECT count(*) FROM credit_customer WHERE customer_id = ? AND owner_rep_id IS NOT NULL"
                : "SELECT count(*) FROM credit_customer WHERE customer_id = ? AND credit_limit IS NOT NULL";
        await("customer " + customerId + " in the replica").atMost(Duration.ofSeconds(30))
                .until(() -> count(known, customerId) == 1);
        return customerId;
    }

    public void reassign(String customerId, String newOwnerRepId) {
        publishCustomerEvent("CustomerReassigned", customerId,
                Contracts.exampleData("customers", "CustomerReassigned", 1).put("customerId", customerId)
                        .put("previousOwnerRepId", ownerOf(customerId)).put("ownerRepId", newOwnerRepId));
        await("customer " + customerId + " reassigned").atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM credit_customer WHERE customer_id = ? AND owner_rep_id = ?", customerId,
                newOwnerRepId) == 1);
    }

    /** A product at {@code listPrice}, added by an ADMIN; answers its SKU. */
    public String product(String name, String listPrice) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var added = http.post("/api/products", """
                {"sku":"%s","name":"%s","category":"软件","listPrice":%s}""".formatted(sku, name, listPrice),
                TestTokens.admin());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return sku;
    }

    public long storedEventsOf(String aggregateId) {
        return count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", aggregateId);
    }

    /** A rep moved to another team (RepTransferred on sales.performance.events), known here once it returns. */
    public void transfer(String repId, String fromTeamId, String toTeamId) {
        ObjectNode data = Contracts.exampleData("performance", "RepTransferred", 1).put("repId", repId)
                .put("fromTeamId", fromTeamId).put("toTeamId", toTeamId);
        TopicProbe.publish("sales.performance.events", repId, Contracts.envelope("performance", "RepTransferred", 1,
                UUID.randomUUID().toString(), repId, data));
        await("rep " + repId + " transferred").atMost(Duration.ofSeconds(30))
                .until(() -> new RosterReplica(jdbc).teamOf(repId).map(toTeamId::equals).orElse(false));
    }

    private String ownerOf(String customerId) {
        return jdbc.queryForObject("SELECT owner_rep_id FROM credit_customer WHERE customer_id = ?", String.class,
                customerId);
    }

    /** Published as customer-service publishes it: its contract's envelope and schema (checked on the way). */
    private void publishCustomerEvent(String type, String customerId, ObjectNode data) {
        TopicProbe.publish(CUSTOMERS_TOPIC, customerId,
                Contracts.envelope("customers", type, 1, UUID.randomUUID().toString(), customerId, data));
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
