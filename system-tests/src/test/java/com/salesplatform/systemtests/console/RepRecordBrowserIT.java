package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

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
 * The rep's own record in headless Chromium against the running platform (docs/console.md): the appraisal with each
 * KPI's arithmetic, reviewed by the manager in the inbox, appealed and acknowledged by the rep; the payouts with
 * their lines; a training session enrolled in and withdrawn from. Data is made through the gateway first
 * ({@link RepRecordData}); every outcome is read back from the API.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepRecordBrowserIT {

    private static Gateway gateway;
    private static RepRecordData data;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void data(Gateway platform) {
        gateway = platform;
        ConsoleData.warmUp(gateway);
        data = RepRecordData.make(gateway);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @DisplayName("appraisal: the manager reviews it in the inbox (field errors first), the rep reads each KPI's arithmetic, appeals, and acknowledges the second review")
    void theAppraisalFromReviewToAcknowledgement() {
        String manager = gateway.token("manager", "manager");
        review("4", "3", "5", "客户拜访扎实，报价流程需更规范");
        JsonNode reviewed = gateway.get("/api/appraisals/" + data.appraisalId, manager).json();
        assertThat(reviewed.path("status").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.path("review").path("rubric").path("processAdherence").asInt()).isEqualTo(4);
        assertThat(reviewed.path("review").path("rubric").path("learning").asInt()).isEqualTo(5);

        // the rep: every KPI with the server's arithmetic, then an appeal (its reason first left empty)
        browser.signIn("rep1", "rep1");
        browser.switchLanguageTo("zh-CN");
        browser.visible("nav-me").click();
        browser.waiting().until(d -> "REVIEWED".equals(appraisal().apply(d).getAttribute("data-status")));
        List<String> arithmetic = browser.text(d -> String.join("\n", appraisal().apply(d)
                .findElements(Browser.testId("kpi-arithmetic")).stream().map(WebElement::getText).toList())).lines().toList();
        assertThat(arithmetic).containsExactlyElementsOf(reviewed.path("kpis").findValuesAsText("arithmetic"));
        assertThat(browser.text(d -> browser.findIn(appraisal(), "appraisal-score").getText())).isNotBlank();

        browser.clickIn(appraisal(), "appeal");
        browser.clickIn(appraisal(), "appeal-submit");
        assertThat(browser.text(d -> appraisal().apply(d).findElement(By.cssSelector("[data-error-for='reason']")).getText()))
                .isNotBlank();
        assertThat(gateway.get("/api/appraisals/" + data.appraisalId, manager).json().path("status").asText())
                .isEqualTo("REVIEWED");
        browser.waiting().until(d -> {
            browser.findIn(appraisal(), "appeal-reason").sendKeys("本月拜访记录有两次未计入");
            return true;
        });
        browser.clickIn(appraisal(), "appeal-submit");
        browser.waiting().until(d -> "APPEALED".equals(appraisal().apply(d).getAttribute("data-status")));
        JsonNode appealed = gateway.get("/api/appraisals/" + data.appraisalId, manager).json();
        assertThat(appealed.path("status").asText()).isEqualTo("APPEALED");
        assertThat(appealed.path("appealReason").asText()).isEqualTo("本月拜访记录有两次未计入");

        // the manager sees the appeal in the inbox and reviews again; the rep acknowledges
        review("4", "4", "5", "已核对拜访记录，分数已更新");
        browser.signIn("rep1", "rep1");
        browser.open("/me");
        browser.clickIn(appraisal(), "acknowledge");
        browser.waiting().until(d -> "ACKNOWLEDGED".equals(appraisal().apply(d).getAttribute("data-status")));
        assertThat(gateway.get("/api/appraisals/" + data.appraisalId, manager).json().path("status").asText())
                .isEqualTo("ACKNOWLEDGED");
    }

    @Test
    @Order(2)
    @DisplayName("payouts: the paid runs and this month's preview as the API answers them, each line with its explanation")
    void thePayouts() {
        String rep = gateway.token("rep1", "rep1");
        browser.signIn("rep1", "rep1");
        browser.open("/me");
        browser.visible("my-payouts");
        JsonNode paid = gateway.get("/api/payouts?repId=" + ConsoleData.REP1 + "&size=12", rep).json().path("items");
        JsonNode preview = gateway.get("/api/payouts/preview?size=10", rep).json().path("items");
        browser.waiting().until(d -> d.findElements(By.cssSelector("[data-testid='my-payouts'] [role='status']")).isEmpty());
        assertThat(browser.all("payout")).hasSize(paid.size());
        assertThat(browser.all("payout-preview")).hasSize(preview.size());
        if (!paid.isEmpty()) {
            WebElement first = browser.all("payout").get(0);
            assertThat(first.findElements(By.cssSelector("[data-testid='payout-lines'] tbody tr")))
                    .hasSize(paid.get(0).path("lines").size());
            assertThat(first.getText()).contains(paid.get(0).path("period").asText());
        } else {
            assertThat(browser.visible("my-payouts").getText()).contains("还没有发放过提成");
        }

        browser.assertChromeIn("zh-CN", "/me");
        browser.screenshot("me-zh-CN");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/me");
        browser.screenshot("me-en");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(3)
    @DisplayName("training: the rep enrols in a session, finds it in the record, and withdraws from there")
    void enrolAndWithdraw() {
        String rep = gateway.token("rep1", "rep1");
        browser.signIn("rep1", "rep1");
        browser.open("/sessions/" + data.sessionId);
        browser.waiting().until(d -> "NONE".equals(browser.visible("enrolment-status").getAttribute("data-status")));
        assertThat(browser.text(d -> browser.visible("training-session-detail").getText())).contains(data.courseTitle);
        browser.visible("enrol").click();
        browser.waiting().until(d -> "ENROLLED".equals(browser.visible("enrolment-status").getAttribute("data-status")));
        assertThat(enrolled(rep)).isTrue();
        browser.assertChromeIn("zh-CN", "/sessions/{id}");

        // the record shows it (its projection follows the event), and withdrawing there takes the seat back
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/reps/" + ConsoleData.REP1
                + "/training-record", rep).json().path("sessions").findValuesAsText("sessionId").contains(data.sessionId));
        browser.open("/me");
        assertThat(browser.text(d -> d.findElement(sessionInRecord()).getText())).contains(data.courseTitle);
        browser.waiting().until(d -> {
            d.findElement(sessionInRecord()).findElement(Browser.testId("withdraw")).click();
            return true;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> !enrolled(rep));
        browser.waiting().until(d -> d.findElements(sessionInRecord()).isEmpty());
    }

    @Test
    @Order(4)
    @DisplayName("on a phone (390×844): my record and a session in one column, no sideways scrolling, tap targets of 44 px")
    void onAPhone() {
        try {
            browser.phone(390, 844);
            browser.signIn("rep1", "rep1");
            browser.open("/me");
            browser.visible("my-training");
            browser.assertFitsAPhone("/me");
            browser.screenshot("phone-me-" + browser.lang());
            browser.open("/sessions/" + data.sessionId);
            browser.visible("enrolment");
            browser.assertFitsAPhone("/sessions/{id}");
        } finally {
            browser.desktop();
        }
    }

    /** The manager opens the inbox, first submits the review without scores, then with them. */
    private static void review(String processAdherence, String teamwork, String learning, String feedback) {
        browser.signIn("manager", "manager");
        browser.switchLanguageTo("zh-CN");
        browser.open("/approvals");
        Function<WebDriver, WebElement> item = d -> d.findElement(By.cssSelector(
                "[data-testid='approval'][data-kind='appraisal'][data-id='" + data.appraisalId + "']"));
        browser.clickIn(item, "review");
        browser.clickIn(item, "review-submit");
        assertThat(browser.text(d -> item.apply(d).findElement(By.cssSelector("[data-error-for='teamwork']")).getText()))
                .isNotBlank();
        assertThat(browser.text(d -> browser.findIn(item, "review-teamwork").getAttribute("aria-invalid"))).isEqualTo("true");
        browser.waiting().until(d -> {
            new Select(browser.findIn(item, "review-processAdherence")).selectByValue(processAdherence);
            new Select(browser.findIn(item, "review-teamwork")).selectByValue(teamwork);
            new Select(browser.findIn(item, "review-learning")).selectByValue(learning);
            WebElement text = browser.findIn(item, "review-feedback");
            text.clear();
            text.sendKeys(feedback);
            return true;
        });
        browser.clickIn(item, "review-submit");
        browser.waiting().until(d -> d.findElements(By.cssSelector(
                "[data-testid='approval'][data-kind='appraisal'][data-id='" + data.appraisalId + "']")).isEmpty());
        browser.assertChromeIn("zh-CN", "/approvals");
    }

    private static boolean enrolled(String token) {
        JsonNode session = gateway.get("/api/sessions/" + data.sessionId, token).json();
        for (JsonNode id : session.path("enrolledRepIds")) {
            if (id.asText().equalsIgnoreCase(ConsoleData.REP1)) return true;
        }
        return false;
    }

    private static By sessionInRecord() {
        return By.cssSelector("[data-testid='training-session'][data-id='" + data.sessionId + "']");
    }

    private static Function<WebDriver, WebElement> appraisal() {
        return d -> d.findElement(By.cssSelector("[data-testid='appraisal'][data-id='" + data.appraisalId + "']"));
    }
}
