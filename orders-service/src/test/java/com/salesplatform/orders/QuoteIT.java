package com.salesplatform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.orders.support.Http;
import com.salesplatform.orders.support.Orders;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Quotes over HTTP: a discount above 15 % waits for the team's MANAGER before the quote becomes an order. */
@ServiceIntegrationTest
class QuoteIT {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BusinessCalendar calendar;

    private Http http;
    private Orders orders;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    private String team;
    private String rep;
    private String repToken;
    private String customer;
    private String product;

    @BeforeEach
    void setUp() {
        http = new Http(rest);
        SalesWorld world = new SalesWorld(http, jdbc);
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
        assertThat(http.get("/api/quotes/" + quoteId, repToken).getBody().path("orderId").asText())
                .isEqualTo(orderId);
        assertThat(orders.place(fromQuote(quoteId), repToken).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
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

        // the quote's validity passing, as the command side sees it
        jdbc.update("UPDATE quote_book SET valid_until = ? WHERE quote_id = ?",
                java.sql.Date.valueOf(calendar.dateOf(Instant.now()).minusDays(1)), quoteId);
        assertThat(orders.place(fromQuote(quoteId), repToken).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        jdbc.update("UPDATE quote_book SET valid_until = ? WHERE quote_id = ?",
                java.sql.Date.valueOf(calendar.dateOf(Instant.now())), quoteId);
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
