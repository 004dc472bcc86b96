package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.function.Function;

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

/**
 * The rep's weekly sales report in headless Chromium against the running platform (docs/console.md): the figures it
 * will be frozen at shown before submitting, the server's field errors, the submission; then the manager's review in
 * the inbox with what changed since (a visit logged afterwards in the report's week). Every outcome is read back
 * from the API.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesReportBrowserIT {

    private static Gateway gateway;
    private static ConsoleData rep1;
    /** A week of rep1 without a report yet (each run takes the latest free one before this week). */
    private static String week;
    private static LocalDate weekStart;
    private static String reportId;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void data(Gateway platform) {
        gateway = platform;
        ConsoleData.warmUp(gateway);
        rep1 = ConsoleData.forRep1(gateway);
        String rep = gateway.token("rep1", "rep1");
        LocalDate monday = LocalDate.now(ConsoleData.COMPANY_ZONE).with(DayOfWeek.MONDAY);
        for (int back = 1; back < 520; back++) {
            LocalDate start = monday.minusWeeks(back);
            String period = "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            if (gateway.get("/api/sales-reports?repId=" + ConsoleData.REP1 + "&period=" + period, rep).json()
                    .path("totalItems").asLong() == 0) {
                week = period;
                weekStart = start;
                return;
            }
        }
        throw new AssertionError("rep1 has a report for every week of ten years");
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @DisplayName("the rep: the week's figures shown before submitting, the server's messages under period and highlights, then submitted with exactly those figures")
    void theRepSubmitsTheWeeklyReport() {
        String rep = gateway.token("rep1", "rep1");
        browser.signIn("rep1", "rep1");
        browser.switchLanguageTo("zh-CN");
        browser.open("/me");
        browser.visible("report-prefilled");

        // a week that does not exist: the server's message under the period input
        browser.typeIn(form(), "report-period", "2026-W99");
        assertThat(browser.text(d -> form().apply(d).findElement(By.cssSelector("[data-error-for='period']")).getText()))
                .isNotBlank();
        assertThat(browser.text(d -> browser.findIn(form(), "report-period").getAttribute("aria-invalid"))).isEqualTo("true");

        browser.typeIn(form(), "report-period", week);
        JsonNode expected = gateway.get("/api/sales-reports/figures?repId=" + ConsoleData.REP1
                + "&periodType=WEEKLY&period=" + week, rep).json().path("figures");
        browser.waiting().until(d -> cell(d, "report-prefilled", "visits", "frozen").equals(
                String.valueOf(expected.path("visits").asLong())));
        assertThat(browser.text(d -> cell(d, "report-prefilled", "orders", "frozen")))
                .isEqualTo(String.valueOf(expected.path("orders").asLong()));

        // no highlights: the server's message under them, nothing stored
        browser.typeIn(form(), "report-lessons", "报价前先确认预算和决策人");
        browser.typeIn(form(), "report-nextPlan", "下周拜访三家展会线索");
        browser.clickIn(form(), "report-submit");
        assertThat(browser.text(d -> form().apply(d).findElement(By.cssSelector("[data-error-for='highlights']")).getText()))
                .isNotBlank();
        assertThat(reportsOfTheWeek(rep).path("totalItems").asLong()).isZero();

        browser.typeIn(form(), "report-highlights", "签下两家制造业新客户");
        browser.clickIn(form(), "report-submit");
        browser.visible("report-notice");
        JsonNode listed = reportsOfTheWeek(rep);
        assertThat(listed.path("totalItems").asLong()).isEqualTo(1);
        JsonNode report = listed.path("items").get(0);
        reportId = report.path("id").asText();
        assertThat(report.path("periodType").asText()).isEqualTo("WEEKLY");
        assertThat(report.path("highlights").asText()).isEqualTo("签下两家制造业新客户");
        assertThat(report.path("figures").path("visits").asLong()).isEqualTo(expected.path("visits").asLong());
        assertThat(report.path("figures").path("bookedRevenue").decimalValue())
                .isEqualByComparingTo(expected.path("bookedRevenue").decimalValue());
        browser.waiting().until(d -> !d.findElements(By.cssSelector(
                "[data-testid='sales-report'][data-id='" + reportId + "']")).isEmpty());

        browser.assertChromeIn("zh-CN", "/me");
        browser.screenshot("sales-report-zh-CN");
        browser.switchLanguageTo("en");
        browser.visible("report-prefilled");
        browser.assertChromeIn("en", "/me");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(2)
    @DisplayName("the manager: the report in the inbox with the visit logged since its submission, reviewed with comments (an empty review first)")
    void theManagerReviewsItWithTheChangesSince() {
        assertThat(reportId).as("the rep's report of the first test").isNotNull();
        String rep = gateway.token("rep1", "rep1");
        String manager = gateway.token("manager", "manager");
        // a visit in the report's week, logged after it was submitted
        Response visit = ConsoleData.create(gateway, "/api/customers/" + rep1.customerId + "/communications", Map.of(
                "type", "VISIT", "occurredAt", weekStart.plusDays(2).atTime(10, 0).atZone(ConsoleData.COMPANY_ZONE)
                        .toInstant().toString(), "summary", "补记：上门演示新品"), rep);
        assertThat(visit.status()).as("log the visit: %s", visit).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/sales-reports/" + reportId, manager).json()
                .path("changesSinceSubmission").path("visits").asLong() == 1);

        browser.signIn("manager", "manager");
        browser.switchLanguageTo("zh-CN");
        browser.open("/approvals");
        assertThat(browser.text(d -> item().apply(d).findElement(By.cssSelector(
                "[data-testid='review-figures'] tr[data-figure='visits'] [data-testid='change']")).getText())).isEqualTo("+1");
        JsonNode details = gateway.get("/api/sales-reports/" + reportId, manager).json();
        assertThat(browser.text(d -> item().apply(d).findElement(By.cssSelector(
                "[data-testid='review-figures'] tr[data-figure='visits'] [data-testid='live']")).getText()))
                .isEqualTo(String.valueOf(details.path("liveFigures").path("visits").asLong()));
        browser.assertChromeIn("zh-CN", "/approvals");
        browser.screenshot("report-review-zh-CN");

        browser.clickIn(item(), "report-review-submit");
        assertThat(browser.text(d -> item().apply(d).findElement(By.cssSelector("[data-error-for='comments']")).getText()))
                .isNotBlank();
        assertThat(gateway.get("/api/sales-reports/" + reportId, manager).json().has("review")).isFalse();
        browser.waiting().until(d -> {
            browser.findIn(item(), "report-comments").sendKeys("新增拜访已核实，下周重点跟进大客户");
            return true;
        });
        browser.clickIn(item(), "report-review-submit");
        browser.waiting().until(d -> d.findElements(itemLocator()).isEmpty());
        assertThat(gateway.get("/api/sales-reports/" + reportId, rep).json().path("review").path("comments").asText())
                .isEqualTo("新增拜访已核实，下周重点跟进大客户");

        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/approvals");
        browser.switchLanguageTo("zh-CN");

        // the rep reads the review under the report
        browser.signIn("rep1", "rep1");
        browser.open("/me");
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='sales-report'][data-id='" + reportId
                + "'] [data-testid='report-review']")).getText())).contains("新增拜访已核实");
    }

    @Test
    @Order(3)
    @DisplayName("on a phone (390×844): the report form in one column, no sideways scrolling, tap targets of 44 px")
    void onAPhone() {
        try {
            browser.phone(390, 844);
            browser.signIn("rep1", "rep1");
            browser.open("/me");
            browser.visible("report-prefilled");
            browser.assertFitsAPhone("/me");
        } finally {
            browser.desktop();
        }
    }

    private static JsonNode reportsOfTheWeek(String token) {
        return gateway.get("/api/sales-reports?repId=" + ConsoleData.REP1 + "&period=" + week, token).json();
    }

    private static Function<WebDriver, WebElement> form() {
        return d -> d.findElement(Browser.testId("report-form"));
    }

    private static By itemLocator() {
        return By.cssSelector("[data-testid='approval'][data-kind='salesReport'][data-id='" + reportId + "']");
    }

    private static Function<WebDriver, WebElement> item() {
        return d -> d.findElement(itemLocator());
    }

    private static String cell(WebDriver d, String table, String figure, String column) {
        return d.findElement(By.cssSelector("[data-testid='" + table + "'] tr[data-figure='" + figure + "'] [data-testid='"
                + column + "']")).getText();
    }
}
