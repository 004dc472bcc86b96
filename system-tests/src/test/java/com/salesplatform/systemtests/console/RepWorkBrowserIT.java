package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;
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
 * The rep's work on a deal and a customer in headless Chromium against the running platform (docs/console.md): a
 * negotiation round recorded on the board, a contact added, a satisfaction score recorded, a complaint registered
 * and resolved on the profile — each first sent incomplete (the server's message under its input, nothing stored),
 * then read back from the API.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepWorkBrowserIT {

    private static Gateway gateway;
    private static ConsoleData data;
    private static String dealId;
    private static String sessionId;
    private static String courseTitle;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void data(Gateway platform) {
        gateway = platform;
        ConsoleData.warmUp(gateway);
        data = ConsoleData.forRep1(gateway);
        String rep = gateway.token("rep1", "rep1");
        JsonNode deals = gateway.get("/api/opportunities?customerId=" + data.customerId, rep).json().path("items");
        dealId = StreamSupport.stream(deals.spliterator(), false).filter(d -> d.path("title").asText().equals(data.dealTitle))
                .findFirst().orElseThrow().path("id").asText();
        Response stage = gateway.post("/api/opportunities/" + dealId + "/stage", Map.of("stage", "NEGOTIATION"), rep);
        assertThat(stage.status()).as("to negotiation: %s", stage).isEqualTo(204);

        // a session starting within the hour: first among the coming ones
        courseTitle = "浏览器测试课程 " + data.customerName.substring(data.customerName.length() - 8);
        Response course = ConsoleData.create(gateway, "/api/courses", Map.of("title", courseTitle,
                "category", "NEGOTIATION", "format", "INTERNAL", "durationHours", 3), gateway.token("admin", "admin"));
        assertThat(course.status()).as("course: %s", course).isEqualTo(201);
        Response session = ConsoleData.create(gateway, "/api/courses/" + course.json().path("id").asText() + "/sessions",
                Map.of("startsAt", Instant.now().plus(50, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES).toString(),
                        "trainer", "王老师", "capacity", 8, "location", "上海培训室"), gateway.token("manager", "manager"));
        assertThat(session.status()).as("session: %s", session).isEqualTo(201);
        sessionId = session.json().path("id").asText();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @DisplayName("a negotiation round on the board: without our offer the server's message under it, then stored with both offers and the notes")
    void aNegotiationRound() {
        String rep = gateway.token("rep1", "rep1");
        browser.signIn("rep1", "rep1");
        browser.switchLanguageTo("zh-CN");
        browser.open("/pipeline");
        Function<WebDriver, WebElement> deal = d -> d.findElement(By.cssSelector("[data-testid='deal'][data-id='" + dealId + "']"));
        browser.waiting().until(d -> "0".equals(browser.findIn(deal, "negotiation").getAttribute("data-rounds")));
        browser.clickIn(deal, "negotiate");
        browser.clickIn(deal, "negotiate-submit");
        assertThat(browser.text(d -> deal.apply(d).findElement(By.cssSelector("[data-error-for='ourOffer']")).getText()))
                .isNotBlank();
        assertThat(rounds(rep)).isEmpty();

        browser.typeIn(deal, "negotiate-ourOffer", "118000");
        browser.typeIn(deal, "negotiate-counterOffer", "105,000");
        browser.typeIn(deal, "negotiate-notes", "客户要求增加培训天数");
        browser.clickIn(deal, "negotiate-submit");
        browser.waiting().until(d -> "1".equals(browser.findIn(deal, "negotiation").getAttribute("data-rounds")));
        JsonNode round = rounds(rep).get(0);
        assertThat(round.path("round").asInt()).isEqualTo(1);
        assertThat(round.path("ourOffer").decimalValue()).isEqualByComparingTo("118000");
        assertThat(round.path("counterOffer").decimalValue()).isEqualByComparingTo("105000");
        assertThat(round.path("notes").asText()).isEqualTo("客户要求增加培训天数");
        assertThat(browser.text(d -> browser.findIn(deal, "negotiation-last").getText())).contains("客户要求增加培训天数");

        browser.assertChromeIn("zh-CN", "/pipeline");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/pipeline");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(2)
    @DisplayName("the profile: a contact added, satisfaction recorded, a complaint registered and resolved — each incomplete first")
    void theProfile() {
        String rep = gateway.token("rep1", "rep1");
        browser.signIn("rep1", "rep1");
        browser.switchLanguageTo("zh-CN");
        browser.open("/customers/" + data.customerId);
        Function<WebDriver, WebElement> page = d -> d.findElement(By.id("main"));

        browser.clickIn(page, "add-contact");
        browser.clickIn(page, "add-contact-submit");
        assertError("name");
        browser.typeIn(page, "add-contact-name", "李强");
        browser.typeIn(page, "add-contact-role", "财务总监");
        browser.typeIn(page, "add-contact-phone", "021-5555-0000");
        browser.clickIn(page, "add-contact-submit");
        browser.waiting().until(d -> browser.findIn(page, "add-contact").isDisplayed());
        assertThat(profile(rep).path("contacts").findValuesAsText("name")).contains("李强");
        assertThat(browser.text(d -> page.apply(d).getText())).contains("李强");

        browser.clickIn(page, "record-satisfaction");
        browser.clickIn(page, "record-satisfaction-submit");
        assertError("score");
        assertThat(profile(rep).path("satisfaction").path("count").asLong()).isZero();
        browser.waiting().until(d -> {
            new Select(browser.findIn(page, "record-satisfaction-score")).selectByValue("4");
            return true;
        });
        browser.typeIn(page, "record-satisfaction-comment", "交付及时，沟通顺畅");
        browser.clickIn(page, "record-satisfaction-submit");
        browser.waiting().until(d -> browser.findIn(page, "record-satisfaction").isDisplayed());
        JsonNode satisfaction = profile(rep).path("satisfaction");
        assertThat(satisfaction.path("count").asLong()).isEqualTo(1);
        assertThat(satisfaction.path("average").decimalValue()).isEqualByComparingTo("4");

        browser.clickIn(page, "open-complaint");
        browser.clickIn(page, "open-complaint-submit");
        assertError("subject");
        assertThat(complaints(rep).path("totalItems").asLong()).isZero();
        browser.typeIn(page, "open-complaint-subject", "到货延迟");
        browser.typeIn(page, "open-complaint-description", "第二批货晚到三天");
        browser.clickIn(page, "open-complaint-submit");
        Function<WebDriver, WebElement> complaint = d -> d.findElement(By.cssSelector("[data-testid='complaint']"));
        browser.waiting().until(d -> "OPEN".equals(complaint.apply(d).getAttribute("data-status")));
        assertThat(complaints(rep).path("items").get(0).path("subject").asText()).isEqualTo("到货延迟");

        browser.clickIn(complaint, "resolve-complaint");
        browser.clickIn(complaint, "resolve-complaint-submit");
        assertThat(browser.text(d -> complaint.apply(d).findElement(By.cssSelector("[data-error-for='resolution']")).getText()))
                .isNotBlank();
        browser.typeIn(complaint, "resolve-complaint-resolution", "补发并致歉");
        browser.clickIn(complaint, "resolve-complaint-submit");
        await().atMost(Duration.ofSeconds(20)).until(() -> complaints(rep).path("items").get(0).path("status").asText()
                .equals("RESOLVED"));
        browser.waiting().until(d -> "RESOLVED".equals(complaint.apply(d).getAttribute("data-status")));

        browser.assertChromeIn("zh-CN", "/customers/{id}");
        browser.screenshot("customer-zh-CN");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/customers/{id}");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(3)
    @DisplayName("我的: the coming sessions with their course and seats, enrolled from the list in one tap")
    void enrolFromTheComingSessions() {
        String rep = gateway.token("rep1", "rep1");
        browser.signIn("rep1", "rep1");
        browser.switchLanguageTo("zh-CN");
        browser.open("/me");
        Function<WebDriver, WebElement> listed = d -> d.findElement(By.cssSelector(
                "[data-testid='coming-session'][data-id='" + sessionId + "']"));
        assertThat(browser.text(d -> listed.apply(d).getText())).contains(courseTitle).contains("0 / 共 8");
        assertThat(browser.text(d -> listed.apply(d).getAttribute("data-status"))).isEqualTo("NONE");
        browser.clickIn(listed, "enrol");
        browser.waiting().until(d -> "ENROLLED".equals(listed.apply(d).getAttribute("data-status")));
        assertThat(gateway.get("/api/sessions/" + sessionId, rep).json().path("enrolledRepIds").toString())
                .contains(ConsoleData.REP1);
        browser.assertChromeIn("zh-CN", "/me");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/me");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(4)
    @DisplayName("the profile as of a day: before the customer existed the server's 404 detail, today's end its contacts and nothing to change")
    void theProfileAsOfADay() {
        String rep = gateway.token("rep1", "rep1");
        String yesterday = LocalDate.now(ConsoleData.COMPANY_ZONE).minusDays(1).toString();
        String today = LocalDate.now(ConsoleData.COMPANY_ZONE).toString();
        browser.signIn("rep1", "rep1");
        browser.switchLanguageTo("zh-CN");
        browser.open("/customers/" + data.customerId);
        browser.visible("add-contact");
        Response before = gateway.get("/api/customers/" + data.customerId + "?asOf=" + yesterday, rep);
        assertThat(before.status()).as("%s", before).isEqualTo(404);
        browser.setValue(browser.visible("customer-asof"), yesterday);
        assertThat(browser.text(d -> d.findElement(Browser.testId("problem")).getText()))
                .isEqualTo(before.json().path("detail").asText());

        browser.setValue(browser.visible("customer-asof"), today);
        assertThat(browser.text(d -> d.findElement(Browser.testId("customer-as-of")).getText())).contains(data.customerName)
                .contains("李强");
        assertThat(browser.driver().findElements(Browser.testId("add-contact"))).as("nothing to change as of a day").isEmpty();
        assertThat(browser.driver().findElements(Browser.testId("log-visit"))).isEmpty();
        browser.assertChromeIn("zh-CN", "/customers/{id}?asOf");
        browser.setValue(browser.visible("customer-asof"), "");
        browser.visible("add-contact");
    }

    private static void assertError(String field) {
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-error-for='" + field + "']")).getText()))
                .as("the server's message under %s", field).isNotBlank();
    }

    private static JsonNode rounds(String token) {
        return gateway.get("/api/opportunities/" + dealId, token).json().path("negotiationRounds");
    }

    private static JsonNode profile(String token) {
        return gateway.get("/api/customers/" + data.customerId, token).json();
    }

    private static JsonNode complaints(String token) {
        return gateway.get("/api/customers/" + data.customerId + "/complaints", token).json();
    }
}
