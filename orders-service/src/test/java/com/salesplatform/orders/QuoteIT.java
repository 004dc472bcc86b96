package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.orders.quote.query.QuoteProjection;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.MovableClock;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quotes over HTTP: a discount above 15 % waits for the team's MANAGER, who approves or rejects it, before the quote
 * becomes (at most) one order. The service's clock is movable (a quote's validity passing), which makes this a
 * context of its own, with a database and consumer groups of its own.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.application.name=orders-quote-it")
class QuoteIT {

    @TestConfiguration
    static class MovedTime {
        @Bean
        MovableClock clock(PlatformProperties properties) {
            return MovableClock.startingNow(properties.timeZone());
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BusinessCalendar calendar;
    @Autowired
    private MovableClock clock;
    @Autowired
    private QuoteProjection quoteProjection;
    @Autowired
    private EventStorageEngine eventStorage;
    @Autowired
    private TransactionTemplate transaction;

    private Http http;
    private Orders orders;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private SalesWorld world;
    private String team;
    private String rep;
    private String repToken;
    private String customer;
    private String product;

    @BeforeEach
    void setUp() {
        http = Http.onPort(port);
        world = new SalesWorld(http, jdbc);
        orders = new Orders(http);
        probe = topics.on("sales.orders.events");
        team = UUID.randomUUID().toString();
        rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        customer = world.customerOf(rep, null);
        product = world.product("客户管理系统 专业版", "1200.00");
    }

    @Test
    void aDeepDiscountBecomesAnOrderOnlyAfterTheManagersApprovalAndOnlyOnce() {
        String quoteId = issue(20);
        JsonNode quote = http.get("/api/quotes/" + quoteId, repToken).json();
        assertThat(quote.path("approvalRequired").asBoolean()).isTrue();
        assertThat(quote.path("total").decimalValue()).isEqualByComparingTo("9600.00");
        Contracts.assertConforms("orders", probe.awaitEnvelope(quoteId, "QuoteIssued"));

        assertThat(orders.place(fromQuote(quoteId), repToken).status()).isEqualTo(409);
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", repToken).status())
                .isEqualTo(403);
        String manager = UUID.randomUUID().toString();
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", TestTokens.manager(manager, team))
                .status()).isEqualTo(204);
        JsonNode approved = probe.awaitEnvelope(quoteId, "QuoteDiscountApproved");
        Contracts.assertConforms("orders", approved);
        assertThat(approved.path("data").path("approvedBy").asText()).isEqualTo(manager);

        String orderId = orders.placed(fromQuote(quoteId), repToken);
        JsonNode order = orders.get(orderId, repToken);
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("9600.00");
        assertThat(order.path("lines").get(0).path("discountPercent").decimalValue()).isEqualByComparingTo("20");
        assertThat(probe.awaitEnvelope(orderId, "OrderPlaced").path("data").path("quoteId").asText())
                .isEqualTo(quoteId);
        JsonNode converted = probe.awaitEnvelope(quoteId, "QuoteConverted");
        Contracts.assertConforms("orders", converted);
        assertThat(converted.path("data").path("orderId").asText()).isEqualTo(orderId);
        assertThat(http.get("/api/quotes/" + quoteId, repToken).json().path("orderId").asText())
                .isEqualTo(orderId);

        Response again = orders.place(fromQuote(quoteId), repToken);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains(orderId);
        assertThat(again.json().path("type").asText()).endsWith("/already-exists");
        assertThat(again.json().path("existingOrderId").asText()).isEqualTo(orderId);
        assertThat(world.storedEventsOf(quoteId)).as("issued, approved, converted once").isEqualTo(3);
    }

    @Test
    void rebuildingTheQuoteViewFromTheEventStoreKeepsWhichOrderEachQuoteBecameAndEachRejection() {
        String ordered = issue(10);
        String orderId = orders.placed(fromQuote(ordered), repToken);
        String turnedDown = issue(20);
        assertThat(http.post("/api/quotes/" + turnedDown + "/rejection", "{\"reason\":\"折扣超出授权\"}",
                TestTokens.manager(UUID.randomUUID().toString(), team)).status())
                .isEqualTo(204);

        // a rebuild: the view emptied, every stored event replayed through the projection's handlers
        var handlers = new AnnotationEventHandlerAdapter(quoteProjection);
        transaction.executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM quote_view");
            try (var events = eventStorage.readEvents(null, false)) {
                events.filter(handlers::canHandle).forEach(event -> {
                    try {
                        handlers.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        });

        JsonNode rebuilt = http.get("/api/quotes/" + ordered, repToken).json();
        assertThat(rebuilt.path("status").asText()).isEqualTo("ORDERED");
        assertThat(rebuilt.path("orderId").asText()).isEqualTo(orderId);
        JsonNode rejected = http.get("/api/quotes/" + turnedDown, repToken).json();
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejectionReason").asText()).isEqualTo("折扣超出授权");
        assertThat(orders.place(fromQuote(ordered), repToken).status()).isEqualTo(409);
    }

    @Test
    void theTeamsManagerRejectsAWaitingDiscountWithAReasonAndTheQuoteIsNeverOrdered() {
        String quoteId = issue(20);
        probe.awaitEnvelope(quoteId, "QuoteIssued");
        String path = "/api/quotes/" + quoteId + "/rejection";
        String reason = "{\"reason\":\"折扣超出本季度授权范围\"}";
        String manager = UUID.randomUUID().toString();
        String managerToken = TestTokens.manager(manager, team);

        Response blank = http.post(path, "{\"reason\":\"  \"}", managerToken);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(http.post(path, "{}", managerToken).json().path("errors").get(0).path("field").asText())
                .isEqualTo("reason");
        String otherTeam = UUID.randomUUID().toString();
        assertThat(http.post(path, reason, TestTokens.manager(UUID.randomUUID().toString(), otherTeam))
                .status()).as("another team's manager does not see it").isEqualTo(404);
        assertThat(http.post("/api/quotes/" + UUID.randomUUID() + "/rejection", reason, managerToken)
                .status()).isEqualTo(404);
        assertThat(http.post(path, reason, repToken).status()).as("nobody rejects their own deal")
                .isEqualTo(403);
        assertThat(world.storedEventsOf(quoteId)).as("nothing stored after the refusals").isEqualTo(1);

        assertThat(http.post(path, reason, managerToken).status()).isEqualTo(204);
        JsonNode rejected = probe.awaitEnvelope(quoteId, "QuoteDiscountRejected");
        Contracts.assertConforms("orders", rejected);
        assertThat(rejected.path("data").path("rejectedBy").asText()).isEqualTo(manager);
        assertThat(rejected.path("data").path("reason").asText()).isEqualTo("折扣超出本季度授权范围");
        assertThat(probe.seenFor(quoteId)).extracting(envelope -> envelope.path("type").asText())
                .as("nothing published for the refusals").containsExactly("QuoteIssued", "QuoteDiscountRejected");

        JsonNode quote = http.get("/api/quotes/" + quoteId, repToken).json();
        assertThat(quote.path("status").asText()).isEqualTo("REJECTED");
        assertThat(quote.path("rejectedBy").asText()).isEqualTo(manager);
        assertThat(quote.path("rejectionReason").asText()).isEqualTo("折扣超出本季度授权范围");
        assertThat(quote.path("rejectedAt").isTextual()).isTrue();
        assertThat(http.get("/api/quotes?status=REJECTED&customerId=" + customer, repToken).json().path("items"))
                .extracting(item -> item.path("id").asText()).containsExactly(quoteId);

        assertThat(orders.place(fromQuote(quoteId), repToken).status()).isEqualTo(409);
        assertThat(http.post(path, reason, managerToken).status()).as("nothing awaits approval any more")
                .isEqualTo(409);
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", managerToken).status())
                .isEqualTo(409);
        String noDiscount = issue(5);
        assertThat(http.post("/api/quotes/" + noDiscount + "/rejection", reason, managerToken).status())
                .isEqualTo(409);
        assertThat(world.storedEventsOf(quoteId)).as("nothing stored after the conflicts").isEqualTo(2);
        assertThat(world.storedEventsOf(noDiscount)).isEqualTo(1);
    }

    @Test
    void aManagerDoesNotRejectTheDiscountOfTheirOwnQuoteButAdminDoes() {
        String sellingManager = TestTokens.manager(rep, team);
        String quoteId = issue(60, sellingManager);
        String path = "/api/quotes/" + quoteId + "/rejection";
        assertThat(http.post(path, "{\"reason\":\"不合理\"}", sellingManager).status())
                .isEqualTo(403);
        assertThat(world.storedEventsOf(quoteId)).isEqualTo(1);
        String admin = UUID.randomUUID().toString();
        assertThat(http.post(path, "{\"reason\":\"不合理\"}", TestTokens.token(admin, null, "ADMIN"))
                .status()).isEqualTo(204);
        assertThat(probe.awaitEnvelope(quoteId, "QuoteDiscountRejected").path("data").path("rejectedBy").asText())
                .isEqualTo(admin);
    }

    @Test
    void aManagerDoesNotApproveTheDiscountOfTheirOwnQuoteButAdminDoes() {
        String sellingManager = TestTokens.manager(rep, team);
        String quoteId = issue(60, sellingManager);
        assertThat(http.get("/api/quotes/" + quoteId, sellingManager).json().path("approvalRequired").asBoolean())
                .isTrue();

        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", sellingManager).status())
                .as("nobody approves what they own").isEqualTo(403);
        assertThat(orders.place(fromQuote(quoteId), sellingManager).status()).isEqualTo(409);
        String admin = UUID.randomUUID().toString();
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", TestTokens.token(admin, null, "ADMIN"))
                .status()).isEqualTo(204);
        assertThat(probe.awaitEnvelope(quoteId, "QuoteDiscountApproved").path("data").path("approvedBy").asText())
                .isEqualTo(admin);
    }

    @Test
    void aQuoteWithinFifteenPercentIsOrderedAtOnceUnlessExpiredOrForAnotherCustomer() {
        String quoteId = issue(15);
        String otherCustomer = new SalesWorld(http, jdbc).customerOf(
                jdbc.queryForObject("SELECT rep_id FROM quote_view WHERE quote_id = ?", String.class, quoteId), null);
        Response wrongCustomer = orders.place("""
                {"customerId":"%s","quoteId":"%s","paymentTermsDays":30}""".formatted(otherCustomer, quoteId),
                repToken);
        assertThat(wrongCustomer.status()).isEqualTo(400);
        assertThat(wrongCustomer.json().path("errors").get(0).path("field").asText()).isEqualTo("quoteId");

        // the quote's validity (30 days) passing
        clock.advance(Duration.ofDays(31));
        try {
            assertThat(orders.place(fromQuote(quoteId), repToken).status()).isEqualTo(409);
            assertThat(http.get("/api/quotes/" + quoteId, repToken).json().path("status").asText())
                    .isEqualTo("EXPIRED");
        } finally {
            clock.advance(Duration.ofDays(-31));
        }
        assertThat(world.storedEventsOf(quoteId)).as("nothing stored for the refused orders").isEqualTo(1);
        String orderId = orders.placed(fromQuote(quoteId), repToken);
        assertThat(orders.get(orderId, repToken).path("total").decimalValue()).isEqualByComparingTo("10200.00");
    }

    @Test
    void theQuoteListShowsEachQuotesStatusTodayFilteredByCustomerAndStatusWithinWhatTheCallerSees() {
        String pending = issue(20);
        String open = issue(5);
        String ordered = issue(10);
        orders.placed(fromQuote(ordered), repToken);
        String expired = issue(0);
        // time passing for the read model: its validity ended yesterday in the company's calendar
        jdbc.update("UPDATE quote_view SET valid_until = ? WHERE quote_id = ?",
                java.sql.Date.valueOf(calendar.dateOf(Instant.now()).minusDays(1)), expired);

        JsonNode all = http.get("/api/quotes?customerId=" + customer, repToken).json();
        assertThat(all.path("totalItems").asInt()).isEqualTo(4);
        assertThat(all.path("items"))
                .extracting(quote -> quote.path("id").asText() + "=" + quote.path("status").asText())
                .as("newest first").containsExactly(expired + "=EXPIRED", ordered + "=ORDERED", open + "=OPEN",
                        pending + "=PENDING_APPROVAL");
        assertThat(http.get("/api/quotes/" + pending, repToken).json().path("status").asText())
                .isEqualTo("PENDING_APPROVAL");
        JsonNode waiting = http.get("/api/quotes?status=PENDING_APPROVAL&customerId=" + customer.toUpperCase(),
                TestTokens.manager(UUID.randomUUID().toString(), team)).json();
        assertThat(waiting.path("items")).extracting(quote -> quote.path("id").asText()).containsExactly(pending);

        String outsider = TestTokens.rep(UUID.randomUUID().toString(), team);
        assertThat(http.get("/api/quotes?customerId=" + customer, outsider).json().path("totalItems").asInt())
                .isZero();
        assertThat(http.get("/api/quotes?status=LATE", repToken).status()).isEqualTo(400);
        assertThat(http.get("/api/quotes?customerId=nope", repToken).status())
                .isEqualTo(400);
    }

    private String issue(int discountPercent) {
        return issue(discountPercent, repToken);
    }

    private String issue(int discountPercent, String token) {
        Response issued = http.post("/api/quotes", """
                {"customerId":"%s","lines":[{"sku":"%s","quantity":10,"discountPercent":%d}],"validUntil":"%s"}"""
                .formatted(customer, product, discountPercent, calendar.dateOf(Instant.now()).plusDays(30)), token);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().path("id").asText();
    }

    private String fromQuote(String quoteId) {
        return """
                {"customerId":"%s","quoteId":"%s","paymentTermsDays":30}""".formatted(customer, quoteId);
    }
}
