package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The product catalogue end to end: ADMIN writes, everyone reads and searches (Chinese too), events published. */
@ServiceIntegrationTest
class CatalogueIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private Http http;
    private SalesWorld world;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        probe = topics.on("sales.orders.events");
    }

    @Test
    void anAdminAddsAProductWithAChineseNameThatIsFoundBySearchAndRepricesIt() {
        String sku = "crm-" + unique();
        Response added = http.post("/api/products", """
                {"sku":"%s","name":"客户关系管理系统 旗舰版","category":"软件订阅","listPrice":1999.9}""".formatted(sku),
                TestTokens.admin());
        assertThat(added.status()).isEqualTo(201);
        String stored = sku.toUpperCase();
        assertThat(added.location()).contains("/api/products/" + stored);
        assertThat(added.json().path("id").asText()).isEqualTo(stored);

        String rep = TestTokens.rep(UUID.randomUUID().toString(), null);
        JsonNode product = http.get("/api/products/" + sku, rep).json();
        assertThat(product.path("name").asText()).isEqualTo("客户关系管理系统 旗舰版");
        assertThat(product.path("listPrice").decimalValue()).isEqualByComparingTo("1999.90");
        assertThat(http.rawBody("/api/products/" + stored, rep)).contains("\"listPrice\":1999.90");
        assertThat(skus(http.get("/api/products?q=关系管理&size=200", rep).json())).contains(stored);
        assertThat(skus(http.get("/api/products?q=软件订阅", rep).json())).contains(stored);
        assertThat(skus(http.get("/api/products?q=" + sku.toLowerCase(), rep).json())).containsExactly(stored);
        assertThat(skus(http.get("/api/products?q=不存在的产品", rep).json())).isEmpty();

        assertThat(http.put("/api/products/" + stored + "/price", "{\"listPrice\":2099.00}", TestTokens.admin())
                .status()).isEqualTo(204);
        assertThat(http.get("/api/products/" + stored, rep).json().path("listPrice").decimalValue())
                .isEqualByComparingTo("2099.00");

        JsonNode productAdded = probe.awaitEnvelope(stored, "ProductAdded");
        Contracts.assertConforms("orders", productAdded);
        assertThat(productAdded.path("source").asText()).isEqualTo("orders-service");
        assertThat(productAdded.path("data").path("name").asText()).isEqualTo("客户关系管理系统 旗舰版");
        JsonNode priceChanged = probe.awaitEnvelope(stored, "ProductPriceChanged");
        Contracts.assertConforms("orders", priceChanged);
        assertThat(priceChanged.path("data").path("previousPrice").decimalValue()).isEqualByComparingTo("1999.90");
        assertThat(priceChanged.path("data").path("listPrice").decimalValue()).isEqualByComparingTo("2099.00");
    }

    @Test
    void theListIsPagedAndSortedByName() {
        String tag = "翻页" + unique();
        world.product(tag + " 乙", "10");
        world.product(tag + " 甲", "10");
        world.product(tag + " 丙", "10");
        String token = TestTokens.admin();
        JsonNode first = http.get("/api/products?q=" + tag + "&size=2&page=0", token).json();
        assertThat(first.path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("items")).hasSize(2);
        JsonNode second = http.get("/api/products?q=" + tag + "&size=2&page=1", token).json();
        assertThat(second.path("items")).hasSize(1);
        assertThat(http.get("/api/products?size=201", token).status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdminChangesTheCatalogue() {
        String sku = world.product("标准版", "100");
        String manager = TestTokens.manager(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        assertThat(http.post("/api/products", """
                {"sku":"X-%s","name":"名称","category":"软件","listPrice":1}""".formatted(unique()), manager)
                .status()).isEqualTo(403);
        assertThat(http.put("/api/products/" + sku + "/price", "{\"listPrice\":5}", manager).status())
                .isEqualTo(403);
        assertThat(http.put("/api/products/NO-SUCH-" + unique() + "/price", "{\"listPrice\":5}", TestTokens.admin())
                .status()).isEqualTo(404);
        assertThat(http.post("/api/products", """
                {"sku":"%s","name":"重复","category":"软件","listPrice":1}""".formatted(sku.toLowerCase()),
                TestTokens.admin()).status()).isEqualTo(409);
        assertThat(world.storedEventsOf(sku)).isEqualTo(1);
    }

    @Test
    void rejectedProductsStoreAndPublishNothing() {
        List<String> rejected = new ArrayList<>();
        for (String body : List.of(
                "{\"sku\":\"%s\",\"name\":\"名称\",\"category\":\"软件\",\"listPrice\":12.345}",
                "{\"sku\":\"%s\",\"name\":\" \",\"category\":\"软件\",\"listPrice\":12}",
                "{\"sku\":\"%s\",\"name\":\"名称\",\"category\":\"软件\",\"listPrice\":0}",
                "{\"sku\":\"%s\",\"name\":\"名称\",\"category\":\"软件\",\"listPrice\":12,\"currency\":\"USD\"}")) {
            String sku = "BAD-" + unique();
            rejected.add(sku.toUpperCase());
            Response answer = http.post("/api/products", body.formatted(sku), TestTokens.admin());
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.post("/api/products", "{\"sku\":\"a b\",\"name\":\"名称\",\"category\":\"软件\",\"listPrice\":1}",
                TestTokens.admin()).json().path("errors").get(0).path("field").asText()).isEqualTo("sku");

        String later = world.product("之后的产品", "5");
        probe.awaitEnvelope(later, "ProductAdded");
        for (String sku : rejected) {
            assertThat(world.storedEventsOf(sku)).isZero();
            assertThat(probe.seenFor(sku)).isEmpty();
        }
    }

    private static List<String> skus(JsonNode page) {
        List<String> skus = new ArrayList<>();
        page.path("items").forEach(item -> skus.add(item.path("sku").asText()));
        return skus;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
