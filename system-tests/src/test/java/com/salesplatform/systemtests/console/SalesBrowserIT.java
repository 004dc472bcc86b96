package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The approvals inbox and the quote and order screens in headless Chromium against the running platform
 * (docs/console.md), on data made through the gateway first ({@link SalesData}). Every element is looked up again
 * inside the wait that reads it: the screens re-render after each step.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesBrowserIT {

    private static Gateway gateway;
    private static SalesData data;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void data(Gateway platform) {
        gateway = platform;
        ConsoleData.warmUp(gateway);
        data = SalesData.make(gateway, ConsoleData.forRep1(gateway));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @DisplayName("approvals: a discount approved, another turned down with a reason, the manager's own refused with the server's 403, a hold released, a payment rejected with a reason")
    void theManagersApprovals() {
        String manager = gateway.token("manager", "manager");
        browser.signIn("manager", "manager");
        browser.switchLanguageTo("zh-CN");
        browser.visible("nav-approvals").click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("#/approvals"));

        // the rep's discount: one tap (once the item names its customer)
        browser.waiting().until(d -> item("quote", data.discountQuoteId).apply(d).getText().contains(data.customerName));
        browser.clickIn(item("quote", data.discountQuoteId), "approve");
        browser.waiting().until(d -> items("quote", data.discountQuoteId).isEmpty());
        assertThat(browser.text(d -> browser.visible("notice").getText())).contains(data.customerName);
        assertThat(gateway.get("/api/quotes/" + data.discountQuoteId, manager).json().path("status").asText())
                .isEqualTo("OPEN");

        // the manager's own quote: the server refuses, and the item says why in the server's words
        Gateway.Response refused = gateway.post("/api/quotes/" + data.managersQuoteId + "/approval", Map.of(), manager);
        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        browser.clickIn(item("quote", data.managersQuoteId), "approve");
        assertThat(browser.text(d -> browser.findIn(item("quote", data.managersQuoteId), "problem").getText()))
                .isEqualTo(refused.json().path("detail").asText());
        // turning it down is refused the same way, and its reason is not even looked at
        Gateway.Response notTheirs = gateway.post("/api/quotes/" + data.managersQuoteId + "/rejection",
                Map.of("reason", "折扣过大"), manager);
        assertThat(notTheirs.status()).as("%s", notTheirs).isEqualTo(403);
        browser.clickIn(item("quote", data.managersQuoteId), "reject");
        browser.waiting().until(d -> {
            browser.findIn(item("quote", data.managersQuoteId), "reject-reason").sendKeys("折扣过大");
            return true;
        });
        browser.clickIn(item("quote", data.managersQuoteId), "confirm-reject");
        assertThat(browser.text(d -> browser.findIn(item("quote", data.managersQuoteId), "problem").getText()))
                .isEqualTo(notTheirs.json().path("detail").asText());
        assertThat(gateway.get("/api/quotes/" + data.managersQuoteId, manager).json().path("status").asText())
                .isEqualTo("PENDING_APPROVAL");

        // the rep's other discount: turned down, first without a reason (the server's message under it), then with
        browser.clickIn(item("quote", data.declinedQuoteId), "reject");
        browser.clickIn(item("quote", data.declinedQuoteId), "confirm-reject");
        assertThat(browser.text(d -> item("quote", data.declinedQuoteId).apply(d)
                .findElement(By.cssSelector("[data-error-for='reason']")).getText())).isNotBlank();
        assertThat(browser.text(d -> browser.findIn(item("quote", data.declinedQuoteId), "reject-reason")
                .getAttribute("aria-invalid"))).isEqualTo("true");
        assertThat(gateway.get("/api/quotes/" + data.declinedQuoteId, manager).json().path("status").asText())
                .isEqualTo("PENDING_APPROVAL");
        browser.waiting().until(d -> {
            browser.findIn(item("quote", data.declinedQuoteId), "reject-reason").sendKeys("折扣超出本季度政策，请按 10% 重新报价");
            return true;
        });
        browser.clickIn(item("quote", data.declinedQuoteId), "confirm-reject");
        browser.waiting().until(d -> items("quote", data.declinedQuoteId).isEmpty());
        assertThat(gateway.get("/api/quotes/" + data.declinedQuoteId, manager).json().path("status").asText())
                .isEqualTo("REJECTED");

        // the credit hold: released in one tap
        browser.clickIn(item("credit", data.heldOrderId), "approve");
        browser.waiting().until(d -> items("credit", data.heldOrderId).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/orders/" + data.heldOrderId, manager)
                .json().path("status").asText().equals("PLACED"));

        // the reported payment: rejected, first without a reason (the server's message under the reason), then with
        browser.clickIn(item("payment", data.reportedPaymentId), "reject");
        browser.clickIn(item("payment", data.reportedPaymentId), "confirm-reject");
        String message = browser.text(d -> item("payment", data.reportedPaymentId).apply(d)
                .findElement(By.cssSelector("[data-error-for='reason']")).getText());
        assertThat(message).isNotBlank();
        assertThat(browser.text(d -> browser.findIn(item("payment", data.reportedPaymentId), "reject-reason")
                .getAttribute("aria-invalid"))).isEqualTo("true");
        browser.waiting().until(d -> {
            browser.findIn(item("payment", data.reportedPaymentId), "reject-reason").sendKeys("客户尚未到账，银行流水未见");
            return true;
        });
        browser.clickIn(item("payment", data.reportedPaymentId), "confirm-reject");
        browser.waiting().until(d -> items("payment", data.reportedPaymentId).isEmpty());
        JsonNode payment = gateway.get("/api/orders/" + data.reportedOrderId + "/payments/" + data.reportedPaymentId,
                manager).json();
        assertThat(payment.path("status").asText()).isEqualTo("REJECTED");
        assertThat(payment.path("rejectionReason").asText()).isEqualTo("客户尚未到账，银行流水未见");

        browser.assertChromeIn("zh-CN", "/approvals");
        browser.screenshot("approvals-zh-CN");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/approvals");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(2)
    @DisplayName("the rep's quotes and orders: a quote issued (its field error first), the order placed from it, confirmed, a payment reported")
    void theRepsQuotesAndOrders() {
        String rep = gateway.token("rep1", "rep1");
        browser.signIn("rep1", "rep1");
        browser.switchLanguageTo("zh-CN");
        browser.visible("nav-orders").click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector(
                "[data-testid='quote'][data-id='" + data.openQuoteId + "']")).isEmpty());
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='quote'][data-id='" + data.openQuoteId
                + "']")).getText())).contains(data.customerName).contains("¥");

        // a new quote: without a customer the server names the field; then with one
        browser.visible("new-quote").click();
        browser.visible("quote-form");
        browser.waiting().until(d -> new Select(browser.visible("quote-sku-0")).getOptions().size() > 1);
        new Select(browser.visible("quote-sku-0")).selectByValue(data.sku);
        WebElement quantity = browser.visible("quote-quantity-0");
        quantity.clear();
        quantity.sendKeys("3");
        browser.visible("quote-submit").click();
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='quote-form'] [data-error-for='customerId']"))
                .getText())).isNotBlank();
        assertThat(browser.visible("quote-customer").getAttribute("aria-invalid")).isEqualTo("true");
        browser.waiting().until(d -> new Select(browser.visible("quote-customer")).getOptions().stream()
                .anyMatch(o -> data.customerId.equals(o.getAttribute("value"))));
        new Select(browser.visible("quote-customer")).selectByValue(data.customerId);
        browser.visible("quote-submit").click();
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*#/quotes/[0-9a-f-]{36}$"));
        String quoteId = browser.driver().getCurrentUrl().replaceAll(".*#/quotes/", "");
        browser.waiting().until(d -> "OPEN".equals(browser.visible("quote-status").getAttribute("data-status")));
        JsonNode quote = gateway.get("/api/quotes/" + quoteId, rep).json();
        assertThat(quote.path("lines").get(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(quote.path("customerId").asText()).isEqualTo(data.customerId);

        // the order from the quote, 30 days' terms prefilled
        browser.visible("place-order").click();
        assertThat(browser.visible("place-order-paymentTermsDays").getAttribute("value")).isEqualTo("30");
        browser.visible("place-order-submit").click();
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*#/orders/[0-9a-f-]{36}$"));
        String orderId = browser.driver().getCurrentUrl().replaceAll(".*#/orders/", "");
        assertThat(gateway.get("/api/quotes/" + quoteId, rep).json().path("orderId").asText()).isEqualTo(orderId);
        browser.waiting().until(d -> "PLACED".equals(browser.visible("order-status").getAttribute("data-status")));
        assertThat(browser.text(d -> browser.visible("order-total").getText())).contains("¥");

        browser.visible("confirm").click();
        browser.waiting().until(d -> "CONFIRMED".equals(browser.visible("order-status").getAttribute("data-status")));
        assertThat(browser.all("ship")).as("shipping is the manager's").isEmpty();

        // a payment the customer says it made: without an amount the server names it; then reported
        browser.visible("pay").click();
        browser.visible("pay-submit").click();
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='pay-form'] [data-error-for='amount']"))
                .getText())).isNotBlank();
        browser.visible("pay-amount").sendKeys("500");
        browser.visible("pay-submit").click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("[data-testid='payment'][data-status='REPORTED']")).size() == 1);
        JsonNode payments = gateway.get("/api/orders/" + orderId + "/payments", rep).json().path("items");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).path("status").asText()).isEqualTo("REPORTED");
        assertThat(payments.get(0).path("amount").decimalValue()).isEqualByComparingTo("500");
        browser.waiting().until(d -> d.findElements(By.cssSelector("[data-testid='timeline'] [data-event]")).stream()
                .map(e -> e.getAttribute("data-event")).toList().containsAll(List.of("PLACED", "CONFIRMED", "PAYMENT_REPORTED")));

        browser.assertChromeIn("zh-CN", "/orders/" + orderId);
        browser.screenshot("order-zh-CN");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/orders/" + orderId);
        browser.open("/orders");
        browser.visible("quote-list");
        browser.assertChromeIn("en", "/orders");
        browser.screenshot("orders-en");
        browser.switchLanguageTo("zh-CN");
        browser.assertChromeIn("zh-CN", "/orders");
        lastOrderId = orderId;
    }

    private static String lastOrderId;

    @Test
    @Order(3)
    @DisplayName("the manager takes the rep's order on: confirms the reported payment, records shipment and delivery")
    void theManagersOrderSteps() {
        assertThat(lastOrderId).as("the rep's order of the test before").isNotNull();
        String manager = gateway.token("manager", "manager");
        browser.signIn("manager", "manager");
        browser.open("/orders/" + lastOrderId);
        browser.waiting().until(d -> "CONFIRMED".equals(browser.visible("order-status").getAttribute("data-status")));
        browser.waiting().until(d -> {
            d.findElement(By.cssSelector("[data-testid='payment'][data-status='REPORTED'] [data-testid='confirm-payment']")).click();
            return true;
        });
        browser.waiting().until(d -> d.findElements(By.cssSelector("[data-testid='payment'][data-status='RECEIVED']")).size() == 1);
        assertThat(gateway.get("/api/orders/" + lastOrderId, manager).json().path("paid").decimalValue())
                .isEqualByComparingTo("500");

        browser.visible("ship").click();
        browser.visible("ship-carrier").sendKeys("顺丰速运");
        browser.visible("ship-trackingNumber").sendKeys("SF1234567890");
        browser.visible("ship-submit").click();
        browser.waiting().until(d -> "SHIPPED".equals(browser.visible("order-status").getAttribute("data-status")));
        browser.visible("deliver").click();
        browser.waiting().until(d -> "DELIVERED".equals(browser.visible("order-status").getAttribute("data-status")));
        JsonNode order = gateway.get("/api/orders/" + lastOrderId, manager).json();
        assertThat(order.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(order.path("timeline").findValuesAsText("trackingNumber")).contains("SF1234567890");
    }

    @Test
    @Order(4)
    @DisplayName("on a phone (390×844): the inbox and the order screens in one column, no sideways scrolling, tap targets of 44 px")
    void onAPhone() {
        try {
            browser.phone(390, 844);
            browser.signIn("manager", "manager");
            browser.open("/approvals");
            browser.visible("approvals-quotes");
            browser.assertFitsAPhone("/approvals");
            browser.screenshot("phone-approvals-" + browser.lang());
            browser.signIn("rep1", "rep1");
            browser.open("/orders");
            browser.visible("order-list");
            browser.assertFitsAPhone("/orders");
            browser.open("/orders/" + data.reportedOrderId);
            browser.visible("order-steps");
            browser.assertFitsAPhone("/orders/{id}");
            browser.screenshot("phone-order-" + browser.lang());
        } finally {
            browser.desktop();
        }
    }

    /** Finds the inbox item of that kind and id, afresh each time it is asked. */
    private static java.util.function.Function<WebDriver, WebElement> item(String kind, String id) {
        return d -> d.findElement(By.cssSelector("[data-testid='approval'][data-kind='" + kind + "'][data-id='" + id + "']"));
    }

    private static List<WebElement> items(String kind, String id) {
        return browser.driver().findElements(By.cssSelector("[data-testid='approval'][data-kind='" + kind + "'][data-id='" + id + "']"));
    }
}
