package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;

/**
 * What the approvals inbox and the quote and order screens need, made through the API as rep1 and the manager would:
 * two quotes of rep1 with a 20 % discount (awaiting approval: one to approve, one to turn down), a quote of the manager's own with one (theirs is not
 * theirs to approve), an open quote without discount, an order on credit hold (a second customer with a credit limit
 * of ¥1.00) and a confirmed order with a payment rep1 reported.
 */
final class SalesData {

    final String sku;
    final String customerId;
    final String customerName;
    final String discountQuoteId;
    final String declinedQuoteId;
    final String managersQuoteId;
    final String openQuoteId;
    final String heldOrderId;
    final String reportedOrderId;
    final String reportedPaymentId;

    private SalesData(String sku, String customerId, String customerName, String discountQuoteId,
                      String declinedQuoteId, String managersQuoteId, String openQuoteId, String heldOrderId, String reportedOrderId,
                      String reportedPaymentId) {
        this.sku = sku;
        this.customerId = customerId;
        this.customerName = customerName;
        this.discountQuoteId = discountQuoteId;
        this.declinedQuoteId = declinedQuoteId;
        this.managersQuoteId = managersQuoteId;
        this.openQuoteId = openQuoteId;
        this.heldOrderId = heldOrderId;
        this.reportedOrderId = reportedOrderId;
        this.reportedPaymentId = reportedPaymentId;
    }

    static SalesData make(Gateway gateway, ConsoleData day) {
        String rep = gateway.token("rep1", "rep1");
        String manager = gateway.token("manager", "manager");
        String admin = gateway.token("admin", "admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String sku = product(gateway, admin);
        String validUntil = LocalDate.now(ConsoleData.COMPANY_ZONE).plusDays(30).toString();

        String discountQuote = quote(gateway, rep, day.customerId, sku, 2, 20, validUntil);
        String declinedQuote = quote(gateway, rep, day.customerId, sku, 3, 20, validUntil);
        String openQuote = quote(gateway, rep, day.customerId, sku, 1, 0, validUntil);

        String managersCustomer = lead(gateway, manager, "经理自己的客户 " + suffix);
        String managersQuote = quote(gateway, manager, managersCustomer, sku, 2, 20, validUntil);

        // a customer whose credit limit every order exceeds: the limit reaches orders-service as an event, so an
        // order placed before it arrives is cancelled and placed again
        String heldCustomer = lead(gateway, rep, "信用冻结测试客户 " + suffix);
        Response limit = gateway.put("/api/customers/" + heldCustomer + "/credit-limit", Map.of("amount", 1.00), manager);
        assertThat(limit.status()).as("credit limit: %s", limit).isEqualTo(204);
        String held = await("an order on credit hold").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    JsonNode order = order(gateway, rep, heldCustomer, sku);
                    if (order.path("status").asText().equals("CREDIT_HOLD")) return order.path("id").asText();
                    Response cancelled = gateway.post("/api/orders/" + order.path("id").asText() + "/cancellation",
                            Map.of("reason", "信用额度尚未同步，重新下单"), rep);
                    assertThat(cancelled.status()).as("cancel: %s", cancelled).isEqualTo(204);
                    return null;
                }, id -> id != null);

        JsonNode reported = order(gateway, rep, day.customerId, sku);
        String reportedOrder = reported.path("id").asText();
        assertThat(reported.path("status").asText()).isEqualTo("PLACED");
        Response confirmed = gateway.post("/api/orders/" + reportedOrder + "/confirmation", Map.of(), rep);
        assertThat(confirmed.status()).as("confirm: %s", confirmed).isEqualTo(204);
        Response payment = ConsoleData.create(gateway, "/api/orders/" + reportedOrder + "/payments",
                Map.of("amount", new BigDecimal("100.00")), rep);
        assertThat(payment.status()).as("report a payment: %s", payment).isEqualTo(201);
        String paymentId = payment.json().path("id").asText();
        assertThat(gateway.get("/api/orders/" + reportedOrder + "/payments/" + paymentId, rep).json()
                .path("status").asText()).isEqualTo("REPORTED");

        return new SalesData(sku, day.customerId, day.customerName, discountQuote, declinedQuote, managersQuote, openQuote, held,
                reportedOrder, paymentId);
    }

    /** A product of the catalogue (the demo's), or one made for the tests when the catalogue is empty. */
    private static String product(Gateway gateway, String admin) {
        JsonNode products = gateway.get("/api/products?size=20", admin).json().path("items");
        for (JsonNode product : products) {
            if (product.path("listPrice").decimalValue().compareTo(new BigDecimal("100")) >= 0) {
                return product.path("sku").asText();
            }
        }
        Response created = ConsoleData.create(gateway, "/api/products", Map.of("sku", "CONSOLE-TEST",
                "name", "浏览器测试产品", "category", "软件", "listPrice", new BigDecimal("1200.00")), admin);
        assertThat(created.status()).as("product: %s", created).isIn(201, 409);
        return "CONSOLE-TEST";
    }

    private static String lead(Gateway gateway, String token, String name) {
        Response lead = ConsoleData.create(gateway, "/api/customers/leads",
                Map.of("name", name, "type", "B2B", "industry", "零售", "region", "华南", "channel", "REFERRAL"), token);
        assertThat(lead.status()).as("lead: %s", lead).isEqualTo(201);
        return lead.json().path("id").asText();
    }

    private static String quote(Gateway gateway, String token, String customerId, String sku, int quantity,
                                int discount, String validUntil) {
        Response quote = ConsoleData.create(gateway, "/api/quotes", Map.of("customerId", customerId, "validUntil", validUntil,
                "lines", List.of(Map.of("sku", sku, "quantity", quantity, "discountPercent", discount))), token);
        assertThat(quote.status()).as("quote: %s", quote).isEqualTo(201);
        return quote.json().path("id").asText();
    }

    private static JsonNode order(Gateway gateway, String token, String customerId, String sku) {
        Response order = ConsoleData.create(gateway, "/api/orders", Map.of("customerId", customerId,
                "paymentTermsDays", 30, "lines", List.of(Map.of("sku", sku, "quantity", 1))), token);
        assertThat(order.status()).as("order: %s", order).isEqualTo(201);
        return order.json();
    }
}
