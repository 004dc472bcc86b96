package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    @Autowired
    private TestRestTemplate rest;
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
        http = new Http(rest);
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
        JsonNode quote = http.get("/api/quotes/" + quoteId, repToken).getBody();
        assertThat(quote.path("approvalRequired").asBoolean()).isTrue();
        assertThat(quote.path("total").decimalValue()).isEqualByComparingTo("9600.00");
        Contracts.assertConforms("orders", probe.awaitEnvelope(quoteId, "QuoteIssued"));

        assertThat(orders.place(fromQuote(quoteId), repToken).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", repToken).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        String manager = UUID.randomUUID().toString();
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", TestTokens.manager(manager, team))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
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
        assertThat(http.get("/api/quotes/" + quoteId, repToken).getBody().path("orderId").asText())
                .isEqualTo(orderId);

        ResponseEntity<JsonNode> again = orders.place(fromQuote(quoteId), repToken);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText()).contains(orderId);
        assertThat(again.getBody().path("type").asText()).endsWith("/already-exists");
        assertThat(again.getBody().path("existingOrderId").asText()).isEqualTo(orderId);
        assertThat(world.storedEventsOf(quoteId)).as("issued, approved, converted once").isEqualTo(3);
    }

    @Test
    void rebuildingTheQuoteViewFromTheEventStoreKeepsWhichOrderEachQuoteBecameAndEachRejection() {
        String ordered = issue(10);
        String orderId = orders.placed(fromQuote(ordered), repToken);
        String turnedDown = issue(20);
        assertThat(http.post("/api/quotes/" + turnedDown + "/rejection", "{\"reason\":\"折扣超出授权\"}",
                TestTokens.manager(UUID.randomUUID().toString(), team)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

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

        JsonNode rebuilt = http.get("/api/quotes/" + ordered, repToken).getBody();
        assertThat(rebuilt.path("status").asText()).isEqualTo("ORDERED");
        assertThat(rebuilt.path("orderId").asText()).isEqualTo(orderId);
        JsonNode rejected = http.get("/api/quotes/" + turnedDown, repToken).getBody();
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejectionReason").asText()).isEqualTo("折扣超出授权");
        assertThat(orders.place(fromQuote(ordered), repToken).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theTeamsManagerRejectsAWaitingDiscountWithAReasonAndTheQuoteIsNeverOrdered() {
        String quoteId = issue(20);
        probe.awaitEnvelope(quoteId, "QuoteIssued");
        String path = "/api/quotes/" + quoteId + "/rejection";
        String reason = "{\"reason\":\"折扣超出本季度授权范围\"}";
        String manager = UUID.randomUUID().toString();
        String managerToken = TestTokens.manager(manager, team);

        ResponseEntity<JsonNode> blank = http.post(path, "{\"reason\":\"  \"}", managerToken);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(blank.getBody().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(http.post(path, "{}", managerToken).getBody().path("errors").get(0).path("field").asText())
                .isEqualTo("reason");
        String otherTeam = UUID.randomUUID().toString();
        assertThat(http.post(path, reason, TestTokens.manager(UUID.randomUUID().toString(), otherTeam))
                .getStatusCode()).as("another team's manager does not see it").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.post("/api/quotes/" + UUID.randomUUID() + "/rejection", reason, managerToken)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.post(path, reason, repToken).getStatusCode()).as("nobody rejects their own deal")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(world.storedEventsOf(quoteId)).as("nothing stored after the refusals").isEqualTo(1);

        assertThat(http.post(path, reason, managerToken).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode rejected = probe.awaitEnvelope(quoteId, "QuoteDiscountRejected");
        Contracts.assertConforms("orders", rejected);
        assertThat(rejected.path("data").path("rejectedBy").asText()).isEqualTo(manager);
        assertThat(rejected.path("data").path("reason").asText()).isEqualTo("折扣超出本季度授权范围");
        assertThat(probe.seenFor(quoteId)).extracting(envelope -> envelope.path("type").asText())
                .as("nothing published for the refusals").containsExactly("QuoteIssued", "QuoteDiscountRejected");

        JsonNode quote = http.get("/api/quotes/" + quoteId, repToken).getBody();
        assertThat(quote.path("status").asText()).isEqualTo("REJECTED");
        assertThat(quote.path("rejectedBy").asText()).isEqualTo(manager);
        assertThat(quote.path("rejectionReason").asText()).isEqualTo("折扣超出本季度授权范围");
        assertThat(quote.path("rejectedAt").isTextual()).isTrue();
        assertThat(http.get("/api/quotes?status=REJECTED&customerId=" + customer, repToken).getBody().path("items"))
                .extracting(item -> item.path("id").asText()).containsExactly(quoteId);

        assertThat(orders.place(fromQuote(quoteId), repToken).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.post(path, reason, managerToken).getStatusCode()).as("nothing awaits approval any more")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", managerToken).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        String noDiscount = issue(5);
        assertThat(http.post("/api/quotes/" + noDiscount + "/rejection", reason, managerToken).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(world.storedEventsOf(quoteId)).as("nothing stored after the conflicts").isEqualTo(2);
        assertThat(world.storedEventsOf(noDiscount)).isEqualTo(1);
    }

    @Test
    void aManagerDoesNotRejectTheDiscountOfTheirOwnQuoteButAdminDoes() {
        String sellingManager = TestTokens.manager(rep, team);
        String quoteId = issue(60, sellingManager);
        String path = "/api/quotes/" + quoteId + "/rejection";
        assertThat(http.post(path, "{\"reason\":\"不合理\"}", sellingManager).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(world.storedEventsOf(quoteId)).isEqualTo(1);
        String admin = UUID.randomUUID().toString();
        assertThat(http.post(path, "{\"reason\":\"不合理\"}", TestTokens.token(admin, null, "ADMIN"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(probe.awaitEnvelope(quoteId, "QuoteDiscountRejected").path("data").path("rejectedBy").asText())
                .isEqualTo(admin);
    }

    @Test
    void aManagerDoesNotApproveTheDiscountOfTheirOwnQuoteButAdminDoes() {
        String sellingManager = TestTokens.manager(rep, team);
        String quoteId = issue(60, sellingManager);
        assertThat(http.get("/api/quotes/" + quoteId, sellingManager).getBody().path("approvalRequired").asBoolean())
                .isTrue();

        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", sellingManager).getStatusCode())
                .as("nobody approves what they own").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(orders.place(fromQuote(quoteId), sellingManager).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        String admin = UUID.randomUUID().toString();
        assertThat(http.post("/api/quotes/" + quoteId + "/approval", "{}", TestTokens.token(admin, null, "ADMIN"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(probe.awaitEnvelope(quoteId, "QuoteDiscountApproved").path("data").path("approvedBy").asText())
                .isEqualTo(admin);
    }

    @Test
    void aQuoteWithinFifteenPercentIsOrderedAtOnceUnlessExpiredOrForAnotherCustomer() {
        String quoteId = issue(15);
        String otherCustomer = new SalesWorld(http, jdbc).customerOf(
                jdbc.queryForObject("SELECT rep_id FROM quote_view WHERE quote_id = ?", String.class, quoteId), null);
        ResponseEntity<JsonNode> wrongCustomer = orders.place("""
                {"customerId":"%s","quoteId":"%s","paymentTermsDays":30}""".formatted(otherCustomer, quoteId),
                repToken);
        assertThat(wrongCustomer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongCustomer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("quoteId");

        // the quote's validity (30 days) passing
        clock.advance(Duration.ofDays(31));
        try {
            assertThat(orders.place(fromQuote(quoteId), repToken).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(http.get("/api/quotes/" + quoteId, repToken).getBody().path("status").asText())
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

        JsonNode all = http.get("/api/quotes?customerId=" + customer, repToken).getBody();
        assertThat(all.path("totalItems").asInt()).isEqualTo(4);
        assertThat(all.path("items"))
                .extracting(quote -> quote.path("id").asText() + "=" + quote.path("status").asText())
                .as("newest first").containsExactly(expired + "=EXPIRED", ordered + "=ORDERED", open + "=OPEN",
                        pending + "=PENDING_APPROVAL");
        assertThat(http.get("/api/quotes/" + pending, repToken).getBody().path("status").asText())
                .isEqualTo("PENDING_APPROVAL");
        JsonNode waiting = http.get("/api/quotes?status=PENDING_APPROVAL&customerId=" + customer.toUpperCase(),
                TestTokens.manager(UUID.randomUUID().toString(), team)).getBody();
        assertThat(waiting.path("items")).extracting(quote -> quote.path("id").asText()).containsExactly(pending);

        String outsider = TestTokens.rep(UUID.randomUUID().toString(), team);
        assertThat(http.get("/api/quotes?customerId=" + customer, outsider).getBody().path("totalItems").asInt())
                .isZero();
        assertThat(http.get("/api/quotes?status=LATE", repToken).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("/api/quotes?customerId=nope", repToken).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String issue(int discountPercent) {
        return issue(discountPercent, repToken);
    }

    private String issue(int discountPercent, String token) {
        ResponseEntity<JsonNode> issued = http.post("/api/quotes", """
                {"customerId":"%s","lines":[{"sku":"%s","quantity":10,"discountPercent":%d}],"validUntil":"%s"}"""
                .formatted(customer, product, discountPercent, calendar.dateOf(Instant.now()).plusDays(30)), token);
        assertThat(issued.getStatusCode()).as(issued.toString()).isEqualTo(HttpStatus.CREATED);
        return issued.getBody().path("id").asText();
    }

    private String fromQuote(String quoteId) {
        return """
                {"customerId":"%s","quoteId":"%s","paymentTermsDays":30}""".formatted(customer, quoteId);
    }
}
