package com.salesplatform.reporting.customers;

import static com.salesplatform.platformtest.ContractEvents.data;
import static com.salesplatform.platformtest.ContractEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A B2C customer is a person: reporting shows them under their pseudonym whichever version of customer-service's
 * events arrives — v2 carries only the pseudonym, and a v1 event (which still carried the person's name) is read as
 * v2 would have it. Companies keep their names.
 */
@ServiceIntegrationTest
class PseudonymousCustomersIT {

    @LocalServerPort
    private int port;
    @Autowired
    private Clock clock;

    private final String team = UUID.randomUUID().toString();
    private final String rep = UUID.randomUUID().toString();

    @Test
    void aPersonIsReportedUnderTheirPseudonymFromEitherVersionAndACompanyUnderItsName() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String fromV1 = UUID.randomUUID().toString();
        String fromV2 = UUID.randomUUID().toString();
        String renamed = UUID.randomUUID().toString();
        String company = UUID.randomUUID().toString();
        lead(1, fromV1, "B2C", "欧阳娜娜" + unique);
        lead(2, fromV2, "B2C", "客户 " + fromV2.substring(0, 8));
        lead(1, renamed, "B2B", "杭州西湖茶业" + unique);
        publish("customers", "CustomerProfileUpdated", renamed, data("customers", "CustomerProfileUpdated")
                .put("customerId", renamed).put("type", "B2C").put("name", "司马相如" + unique), yesterday());
        lead(2, company, "B2B", "上海华联贸易" + unique);
        for (String customer : new String[] {fromV1, fromV2, renamed, company}) {
            confirmedOrder(customer);
        }

        await("the four buyers").atMost(Duration.ofSeconds(60)).until(() ->
                behaviour().path("customers").path("totalItems").asInt() == 4
                        && behaviour().toString().contains("客户 " + renamed.substring(0, 8)));
        String report = behaviour().toString();
        assertThat(report).contains("客户 " + fromV1.substring(0, 8), "客户 " + fromV2.substring(0, 8),
                "上海华联贸易" + unique).doesNotContain("欧阳娜娜", "司马相如");
        var csv = ApiClient.onPort(port).as(TestTokens.rep(rep, team))
                .get("/api/reports/customer-behaviour?groupBy=region&size=200", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("客户 " + fromV1.substring(0, 8)).doesNotContain("欧阳娜娜", "司马相如");
    }

    private void lead(int version, String customer, String type, String name) {
        ObjectNode data = Contracts.exampleData("customers", "LeadRegistered", version).put("customerId", customer)
                .put("ownerRepId", rep).put("type", type).put("name", name);
        TopicProbe.publish(PlatformProperties.topicOf("customers"), customer, Contracts.envelope("customers",
                "LeadRegistered", version, UUID.randomUUID().toString(), customer, data,
                Instant.parse(yesterday()).minus(Duration.ofDays(1))));
    }

    private void confirmedOrder(String customer) {
        String order = UUID.randomUUID().toString();
        ObjectNode placed = data("orders", "OrderPlaced").put("orderId", order).put("customerId", customer)
                .put("repId", rep).put("teamId", team);
        String now = clock.instant().toString();
        publish("orders", "OrderPlaced", order, placed, now);
        publish("orders", "OrderConfirmed", order, data("orders", "OrderConfirmed").setAll(placed.deepCopy()
                .retain("orderId", "customerId", "repId", "teamId", "lines", "total", "currency")), now);
    }

    private String yesterday() {
        return clock.instant().minus(Duration.ofDays(1)).toString();
    }

    private JsonNode behaviour() {
        var response = ApiClient.onPort(port).as(TestTokens.rep(rep, team))
                .get("/api/reports/customer-behaviour?groupBy=region&size=200");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
