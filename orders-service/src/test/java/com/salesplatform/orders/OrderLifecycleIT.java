package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An order from placement to payment over HTTP: server-side totals, the timeline with actors, carrier and tracking
 * number, partial payments, cancellation rules, object-level access, and the published events with what reporting
 * and performance need.
 */
@ServiceIntegrationTest
class OrderLifecycleIT {

    private static final String TOPIC = "sales.orders.events";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private Http http;
    private SalesWorld world;
    private Orders orders;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private String team;
    private String rep;
    private String repToken;
    private String customer;
    private String crm;
    private String service;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        orders = new Orders(http);
        probe = topics.on(TOPIC);
        team = UUID.randomUUID().toString();
        rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        customer = world.customerOf(rep, null);
        crm = world.product("客户管理系统 专业版", "1200.00");
        service = world.product("上门培训服务", "800.00");
    }

    /** A mobile client creates a customer and at once its order: the order waits for the replica, not fails. */
    @Test
    void anOrderPlacedRightAfterItsCustomerWasCreatedSucceeds() {
        String fresh = world.customerJustCreated(rep);

        Response placed = orders.place(Orders.body(fresh, crm, 2, 30), repToken);

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().path("customerId").asText()).isEqualTo(fresh);
        assertThat(placed.json().path("status").asText()).isEqualTo("PLACED");
        assertThat(placed.json().path("total").decimalValue()).isEqualByComparingTo("2400.00");
    }

    @Test
    void anOrderGoesFromPlacementToPaidWithItsFullTimelineAndEvents() {
        String manager = UUID.randomUUID().toString();
        String managerToken = TestTokens.manager(manager, team);
        Response placed = orders.place("""
                {"customerId":"%s","lines":[{"sku":"%s","quantity":3,"discountPercent":12.5},
                 {"sku":"%s","quantity":1,"unitPrice":750}],"paymentTermsDays":30}""".formatted(customer, crm, service),
                repToken);
        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.json().path("id").asText();
        assertThat(placed.location()).contains("/api/orders/" + orderId);
        assertThat(placed.json().path("status").asText()).as("the answer is the order as placed").isEqualTo("PLACED");
        assertThat(placed.json().path("total").decimalValue()).isEqualByComparingTo("3900.00");
        assertThat(placed.json().path("lines")).hasSize(2);

        JsonNode order = orders.get(orderId, repToken);
        assertThat(order.path("status").asText()).isEqualTo("PLACED");
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("3900.00");
        assertThat(order.path("repId").asText()).isEqualTo(rep);
        assertThat(order.path("teamId").asText()).isEqualTo(team);
        assertThat(order.path("lines").get(0).path("lineTotal").decimalValue()).isEqualByComparingTo("3150.00");
        assertThat(order.path("lines").get(1).path("unitPrice").decimalValue()).isEqualByComparingTo("750.00");

        assertThat(orders.step(orderId, "payments", "{\"amount\":100}", repToken))
                .as("no payment before confirmation").isEqualTo(409);
        assertThat(orders.step(orderId, "confirmation", "{}", managerToken)).isEqualTo(204);
        Response payment = http.post("/api/orders/" + orderId + "/payments", "{\"amount\":900}",
                repToken);
        assertThat(payment.status()).as("a deposit at confirmation").isEqualTo(201);
        String depositId = payment.json().path("id").asText();
        assertThat(orders.get(orderId, repToken).path("paid").decimalValue())
                .as("a rep's payment is only reported until someone else confirms it").isEqualByComparingTo("0");
        assertThat(http.get("/api/orders/" + orderId + "/payments/" + depositId, repToken).json()
                .path("status").asText()).isEqualTo("REPORTED");
        assertThat(orders.step(orderId, "payments/" + depositId + "/confirmation", "{}", repToken))
                .as("nobody confirms their own report").isEqualTo(403);
        assertThat(orders.step(orderId, "payments/" + depositId + "/confirmation", "{}", managerToken))
                .isEqualTo(204);
        assertThat(orders.step(orderId, "payments/" + depositId + "/confirmation", "{}", managerToken))
                .as("confirmed once").isEqualTo(409);
        assertThat(orders.get(orderId, repToken).path("paid").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(orders.step(orderId, "cancellation", "{\"reason\":\"客户变卦\"}", repToken))
                .as("not with a deposit received").isEqualTo(409);
        assertThat(orders.step(orderId, "shipment", """
                {"carrier":"顺丰速运","trackingNumber":"SF1234567890"}""", repToken))
                .as("the owner does not record their own shipment").isEqualTo(403);
        assertThat(orders.step(orderId, "shipment", """
                {"carrier":"顺丰速运","trackingNumber":"SF1234567890"}""", managerToken))
                .isEqualTo(204);
        assertThat(orders.step(orderId, "cancellation", "{\"reason\":\"太晚了\"}", repToken))
                .isEqualTo(409);
        assertThat(orders.step(orderId, "payments", "{\"amount\":1000}", managerToken)).isEqualTo(201);
        assertThat(orders.step(orderId, "delivery", "{}", repToken)).isEqualTo(403);
        assertThat(orders.step(orderId, "delivery", "{}", managerToken)).isEqualTo(204);

        assertThat(payment.status()).isEqualTo(201);
        assertThat(payment.location().orElseThrow())
                .isEqualTo("/api/orders/" + orderId + "/payments/" + payment.json().path("id").asText());
        assertThat(orders.step(orderId, "payments", "{\"amount\":2000.01}", managerToken))
                .isEqualTo(409);
        assertThat(orders.get(orderId, repToken).path("outstanding").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(orders.step(orderId, "payments", "{\"amount\":2000.00}", managerToken))
                .isEqualTo(201);

        JsonNode paid = orders.get(orderId, managerToken);
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(paid.path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
        List<String> steps = new ArrayList<>();
        paid.path("timeline").forEach(entry -> steps.add(entry.path("event").asText()));
        assertThat(steps).containsExactly("PLACED", "CONFIRMED", "PAYMENT_REPORTED", "PAYMENT_RECEIVED", "SHIPPED",
                "PAYMENT_RECEIVED", "DELIVERED", "PAYMENT_RECEIVED", "PAID");
        JsonNode timeline = paid.path("timeline");
        assertThat(timeline.get(0).path("actorId").asText()).isEqualTo(rep);
        assertThat(timeline.get(1).path("actorId").asText()).isEqualTo(manager);
        assertThat(timeline.get(4).path("carrier").asText()).isEqualTo("顺丰速运");
        assertThat(timeline.get(4).path("trackingNumber").asText()).isEqualTo("SF1234567890");
        assertThat(timeline.get(4).path("status").asText()).isEqualTo("SHIPPED");
        assertThat(timeline.get(2).path("amount").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(timeline.get(2).path("actorId").asText()).isEqualTo(rep);
        assertThat(timeline.get(3).path("actorId").asText()).isEqualTo(manager);
        assertThat(timeline.get(3).path("status").asText()).as("a deposit keeps the order CONFIRMED")
                .isEqualTo("CONFIRMED");
        assertThat(Instant.parse(timeline.get(8).path("at").asText()))
                .isAfterOrEqualTo(Instant.parse(timeline.get(0).path("at").asText()));
        assertThat(paid.path("paymentDueAt").asText()).isNotEmpty();
        JsonNode paymentList = http.get("/api/orders/" + orderId + "/payments", repToken).json();
        assertThat(paymentList.path("totalItems").asInt()).isEqualTo(3);
        assertThat(paymentList.path("items")).extracting(entry -> entry.path("amount").asDouble())
                .containsExactly(900.0, 1000.0, 2000.0);
        assertThat(paymentList.path("items").get(2).path("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertThat(paymentList.path("items")).extracting(entry -> entry.path("status").asText())
                .containsOnly("RECEIVED");
        assertThat(paymentList.path("items").get(0).path("recordedBy").asText()).isEqualTo(rep);
        assertThat(paymentList.path("items").get(0).path("receivedBy").asText()).isEqualTo(manager);
        assertThat(paymentList.path("items").get(1).path("recordedBy").asText()).isEqualTo(manager);
        JsonNode first = http.get(payment.location().orElseThrow(), repToken).json();
        assertThat(first.path("id").asText()).isEqualTo(payment.json().path("id").asText());
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(http.get("/api/orders/" + orderId + "/payments/" + UUID.randomUUID(), repToken).status())
                .isEqualTo(404);
        JsonNode history = http.get("/api/orders/" + orderId + "/history", managerToken).json();
        assertThat(history.path("items")).extracting(entry -> entry.path("type").asText()).containsExactly(
                "OrderPlaced", "OrderConfirmed", "PaymentReported", "PaymentReceived", "OrderShipped",
                "PaymentReceived", "OrderDelivered", "PaymentReceived", "OrderPaid");
        assertThat(history.path("items").get(0).path("actorId").asText()).isEqualTo(rep);
        assertThat(history.path("items").get(4).path("data").path("carrier").asText()).isEqualTo("顺丰速运");

        for (String type : List.of("OrderPlaced", "OrderConfirmed", "OrderShipped", "OrderDelivered", "OrderPaid")) {
            Contracts.assertConforms("orders", probe.awaitEnvelope(orderId, type));
        }
        List<JsonNode> payments = probe.awaitEnvelopes(orderId, "PaymentReceived", 3);
        payments.forEach(envelope -> Contracts.assertConforms("orders", envelope));
        JsonNode placedData = probe.awaitEnvelope(orderId, "OrderPlaced").path("data");
        assertThat(placedData.path("customerId").asText()).isEqualTo(customer);
        assertThat(placedData.path("repId").asText()).isEqualTo(rep);
        assertThat(placedData.path("teamId").asText()).isEqualTo(team);
        assertThat(placedData.path("total").decimalValue()).isEqualByComparingTo("3900.00");
        assertThat(placedData.path("lines").get(0).path("sku").asText()).isEqualTo(crm);
        assertThat(placedData.path("lines").get(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(placedData.path("lines").get(0).path("lineTotal").decimalValue()).isEqualByComparingTo("3150.00");
        assertThat(probe.records()).filteredOn(record -> record.key().equals(orderId))
                .anySatisfy(record -> assertThat(record.value()).contains("\"total\":3900.00")
                        .contains("\"lineTotal\":3150.00").contains("\"discountPercent\":12.50"));
        assertThat(http.rawBody("/api/orders/" + orderId, repToken)).contains("\"total\":3900.00")
                .contains("\"outstanding\":0.00");
        JsonNode paidData = probe.awaitEnvelope(orderId, "OrderPaid").path("data");
        assertThat(paidData.path("repId").asText()).isEqualTo(rep);
        assertThat(paidData.path("total").decimalValue()).isEqualByComparingTo("3900.00");
        assertThat(payments.get(0).path("data").path("outstanding").decimalValue()).isEqualByComparingTo("3000.00");
        assertThat(payments.get(2).path("data").path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void aReportedPaymentThatNeverArrivedIsRejectedWithItsReasonAndNeverCounts() {
        String managerToken = TestTokens.manager(UUID.randomUUID().toString(), team);
        String orderId = orders.placed(Orders.body(customer, crm, 1, 30), repToken);
        assertThat(orders.step(orderId, "confirmation", "{}", repToken)).isEqualTo(204);
        String paymentId = http.post("/api/orders/" + orderId + "/payments", "{\"amount\":500}", repToken)
                .json().path("id").asText();
        String rejection = "payments/" + paymentId + "/rejection";

        assertThat(orders.step(orderId, rejection, "{\"reason\":\" \"}", managerToken))
                .isEqualTo(400);
        assertThat(orders.step(orderId, "cancellation", "{\"reason\":\"客户取消\"}", repToken))
                .as("not while a report awaits confirmation").isEqualTo(409);
        assertThat(orders.step(orderId, rejection, "{\"reason\":\"银行未到账\"}", repToken))
                .isEqualTo(403);
        assertThat(orders.step(orderId, rejection, "{\"reason\":\"银行未到账\"}", managerToken))
                .isEqualTo(204);
        assertThat(orders.step(orderId, "payments/" + UUID.randomUUID() + "/confirmation", "{}", managerToken))
                .isEqualTo(404);

        JsonNode payment = http.get("/api/orders/" + orderId + "/payments/" + paymentId, repToken).json();
        assertThat(payment.path("status").asText()).isEqualTo("REJECTED");
        assertThat(payment.path("rejectionReason").asText()).isEqualTo("银行未到账");
        JsonNode order = orders.get(orderId, repToken);
        assertThat(order.path("paid").decimalValue()).isEqualByComparingTo("0");
        assertThat(order.path("timeline")).extracting(entry -> entry.path("event").asText())
                .containsExactly("PLACED", "CONFIRMED", "PAYMENT_REPORTED", "PAYMENT_REPORT_REJECTED");
        assertThat(orders.step(orderId, "cancellation", "{\"reason\":\"客户取消\"}", repToken))
                .isEqualTo(204);
    }

    @Test
    void anOrderIsCancelledBeforeShipmentWithItsReason() {
        String orderId = orders.placed(Orders.body(customer, crm, 1, 30), repToken);
        assertThat(orders.step(orderId, "confirmation", "{}", repToken)).isEqualTo(204);
        assertThat(orders.step(orderId, "cancellation", "{\"reason\":\"客户预算取消\"}", repToken))
                .isEqualTo(204);
        JsonNode cancelled = orders.get(orderId, repToken);
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("timeline").get(2).path("reason").asText()).isEqualTo("客户预算取消");
        assertThat(orders.step(orderId, "shipment", "{\"carrier\":\"顺丰\",\"trackingNumber\":\"SF1\"}",
                TestTokens.admin())).isEqualTo(409);
        JsonNode event = probe.awaitEnvelope(orderId, "OrderCancelled");
        Contracts.assertConforms("orders", event);
        assertThat(event.path("data").path("total").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(event.path("data").path("lines").get(0).path("lineTotal").decimalValue())
                .isEqualByComparingTo("1200.00");
    }

    @Test
    void clientSentTotalsPricesPerLineOrStatusAreRejectedAndLeaveNoTrace() {
        List<String> rejected = new ArrayList<>();
        for (String extra : List.of("\"total\":1,", "\"status\":\"PAID\",", "\"currency\":\"USD\",")) {
            String id = UUID.randomUUID().toString();
            rejected.add(id);
            Response answer = orders.place("""
                    {"id":"%s",%s"customerId":"%s","lines":[{"sku":"%s","quantity":1}],"paymentTermsDays":30}"""
                    .formatted(id, extra, customer, crm), repToken);
            assertThat(answer.status()).as(extra).isEqualTo(400);
            assertThat(answer.json().path("errors").get(0).path("field").asText())
                    .isEqualTo(extra.substring(1, extra.indexOf('"', 1)));
        }
        String lineTotal = UUID.randomUUID().toString();
        rejected.add(lineTotal);
        Response withLineTotal = orders.place("""
                {"id":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":1,"lineTotal":5}],"paymentTermsDays":30}"""
                .formatted(lineTotal, customer, crm), repToken);
        assertThat(withLineTotal.status()).isEqualTo(400);
        assertThat(withLineTotal.json().path("errors").get(0).path("field").asText())
                .isEqualTo("lines[0].lineTotal");

        String unknownSku = UUID.randomUUID().toString();
        rejected.add(unknownSku);
        Response noSuchProduct = orders.place("""
                {"id":"%s","customerId":"%s","lines":[{"sku":"NOPE-1","quantity":1}],"paymentTermsDays":30}"""
                .formatted(unknownSku, customer), repToken);
        assertThat(noSuchProduct.status()).isEqualTo(400);
        assertThat(noSuchProduct.json().path("errors").get(0).path("field").asText()).isEqualTo("lines[0].sku");

        String bigDiscount = UUID.randomUUID().toString();
        rejected.add(bigDiscount);
        assertThat(orders.place("""
                {"id":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":1,"discountPercent":20}],
                 "paymentTermsDays":30}"""
                .formatted(bigDiscount, customer, crm), repToken).status()).isEqualTo(409);

        String unknownCustomer = UUID.randomUUID().toString();
        rejected.add(unknownCustomer);
        Response noSuchCustomer = orders.place("""
                {"id":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":1}],"paymentTermsDays":30}"""
                .formatted(unknownCustomer, UUID.randomUUID(), crm), repToken);
        assertThat(noSuchCustomer.json().path("errors").get(0).path("field").asText()).isEqualTo("customerId");

        String later = orders.placed(Orders.body(customer, crm, 1, 30), repToken);
        probe.awaitEnvelope(later, "OrderPlaced");
        for (String id : rejected) {
            assertThat(world.storedEventsOf(id)).as(id).isZero();
            assertThat(probe.seenFor(id)).as(id).isEmpty();
        }
    }

    @Test
    void eachCallerSeesAndChangesOnlyTheOrdersTheyMay() {
        String orderId = orders.placed(Orders.body(customer, crm, 1, 30), repToken);
        String otherRep = world.repIn(team);
        String otherRepToken = TestTokens.rep(otherRep, team);
        String otherTeamManager = TestTokens.manager(UUID.randomUUID().toString(), UUID.randomUUID().toString());

        assertThat(http.get("/api/orders/" + orderId, otherRepToken).status()).isEqualTo(404);
        assertThat(http.get("/api/orders/" + orderId + "/history", otherRepToken).status())
                .isEqualTo(404);
        assertThat(http.get("/api/orders/" + orderId + "/payments", otherRepToken).status())
                .isEqualTo(404);
        assertThat(http.get("/api/orders/" + orderId, otherTeamManager).status())
                .isEqualTo(404);
        assertThat(orders.step(orderId, "confirmation", "{}", otherRepToken)).isEqualTo(404);
        assertThat(orders.place(Orders.body(customer, crm, 1, 30), otherRepToken).status())
                .isEqualTo(403);
        assertThat(orders.place(Orders.body(customer, crm, 1, 30), otherTeamManager).status())
                .isEqualTo(403);
        String integration = TestTokens.token("erp-sync", null, "INTEGRATION");
        assertThat(http.get("/api/orders/" + orderId, integration).status()).isEqualTo(200);
        assertThat(orders.step(orderId, "confirmation", "{}", integration)).isEqualTo(403);

        assertThat(ids(http.get("/api/orders?customerId=" + customer, otherRepToken).json())).isEmpty();
        assertThat(ids(http.get("/api/orders?customerId=" + customer, repToken).json())).contains(orderId);
        String teamManager = TestTokens.manager(UUID.randomUUID().toString(), team);
        assertThat(ids(http.get("/api/orders?repId=" + rep, teamManager).json())).containsExactly(orderId);
        assertThat(ids(http.get("/api/orders?repId=" + rep, otherTeamManager).json())).isEmpty();
    }

    @Test
    void theListFiltersByCustomerRepStatusAndPlacementTime() {
        Instant before = Instant.now().minusSeconds(1);
        String first = orders.placed(Orders.body(customer, crm, 1, 30), repToken);
        String second = orders.placed(Orders.body(customer, service, 2, 30), repToken);
        assertThat(orders.step(second, "confirmation", "{}", repToken)).isEqualTo(204);
        String admin = TestTokens.admin();

        JsonNode all = http.get("/api/orders?customerId=" + customer, admin).json();
        assertThat(ids(all)).containsExactly(second, first);
        assertThat(all.path("totalItems").asLong()).isEqualTo(2);
        assertThat(ids(http.get("/api/orders?customerId=" + customer + "&status=CONFIRMED", admin).json()))
                .containsExactly(second);
        assertThat(ids(http.get("/api/orders?repId=" + rep + "&status=PLACED", admin).json()))
                .containsExactly(first);
        assertThat(ids(http.get("/api/orders?customerId=" + customer + "&from=" + before, admin).json()))
                .hasSize(2);
        assertThat(ids(http.get("/api/orders?customerId=" + customer + "&to=" + before, admin).json())).isEmpty();
        assertThat(ids(http.get("/api/orders?customerId=" + customer + "&size=1&page=1", admin).json()))
                .containsExactly(first);
        assertThat(http.get("/api/orders?status=LOST", admin).status()).isEqualTo(400);
        assertThat(http.get("/api/orders?customerId=abc", admin).status()).isEqualTo(400);
    }

    @Test
    void aReassignedCustomerMovesToItsNewOwner() {
        String newOwner = world.repIn(team);
        world.reassign(customer, newOwner);
        assertThat(orders.place(Orders.body(customer, crm, 1, 30), repToken).status())
                .isEqualTo(403);
        String orderId = orders.placed(Orders.body(customer, crm, 1, 30), TestTokens.rep(newOwner, team));
        assertThat(orders.get(orderId, TestTokens.rep(newOwner, team)).path("repId").asText()).isEqualTo(newOwner);
    }

    @Test
    void aTransferredRepsNewOrdersCarryTheNewTeamTheOldOnesKeepTheirs() {
        String before = orders.placed(Orders.body(customer, crm, 1, 30), repToken);
        String newTeam = UUID.randomUUID().toString();
        world.transfer(rep, team, newTeam);
        String after = orders.placed(Orders.body(customer, crm, 1, 30), TestTokens.rep(rep, newTeam));
        assertThat(orders.get(before, repToken).path("teamId").asText()).isEqualTo(team);
        assertThat(orders.get(after, repToken).path("teamId").asText()).isEqualTo(newTeam);
        assertThat(http.get("/api/orders/" + after, TestTokens.manager(UUID.randomUUID().toString(), newTeam))
                .status()).isEqualTo(200);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
