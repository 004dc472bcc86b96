package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.awaitility.Awaitility.await;

/**
 * The web console in headless Chromium against the running platform (docs/console.md): signing in as each demo
 * user, the rep's day, the manager's dashboard with its charts, the language switch, the phone size and a form
 * showing the server's field error. Explicit waits only; a failure leaves a screenshot under target/.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {


    private static Gateway gateway;
    private static ConsoleData data;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void data(Gateway platform) {
        gateway = platform;
        data = ConsoleData.forRep1(gateway);
        ConsoleData.warmUp(gateway);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @DisplayName("a wrong password shows the server's problem; each demo user signs in and sees their role's screens")
    void signInAsEachDemoUser() {
        browser.open("/signin");
        browser.visible("username").sendKeys("rep2");
        browser.visible("password").sendKeys("not-the-password");
        browser.visible("signin-submit").click();
        WebElement problem = browser.visible("problem");
        JsonNode expected = gateway.post("/api/auth/token",
                java.util.Map.of("username", "nobody-" + System.nanoTime(), "password", "x"), null).json();
        assertThat(problem.getText()).contains(expected.path("detail").asText());

        for (String user : List.of("rep1", "rep2", "manager", "admin")) {
            browser.signIn(user, user);
            boolean rep = user.startsWith("rep");
            boolean leads = user.equals("manager") || user.equals("admin");
            assertThat(browser.all("nav-day")).as("%s: 我的一天", user).hasSize(rep || user.equals("manager") ? 1 : 0);
            assertThat(browser.all("nav-team")).as("%s: 团队", user).hasSize(leads ? 1 : 0);
            assertThat(browser.all("nav-knowledge")).as("%s: 知识库", user).hasSize(1);
            assertThat(browser.all("nav-me")).as("%s: 我的", user).hasSize(rep ? 1 : 0);
            assertThat(browser.all("nav-manage")).as("%s: 管理", user).hasSize(leads ? 1 : 0);
            browser.waiting().until(d -> d.getCurrentUrl().endsWith(rep ? "#/day" : "#/team"));
        }
        browser.signOut();
        assertThat(browser.all("who")).isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("the rep's day: today's follow-up, the month's target, the deal moved a stage, a visit logged in two taps")
    void theRepsDay() {
        String rep = gateway.token("rep1", "rep1");
        // the work list and the attainment report follow the commands within moments (a processor, Kafka)
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/follow-ups?due=TODAY&size=200", rep)
                .body().contains(data.followUpPurpose));
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/reports/target-attainment?scope=REP&ownerId="
                + ConsoleData.REP1, rep).json().path("totalItems").asLong() > 0);
        browser.signIn("rep1", "rep1");
        browser.open("/day");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                Browser.testId("followups-TODAY"), data.customerName));
        assertThat(browser.text(d -> browser.visible("followups-TODAY").getText()))
                .contains(data.followUpPurpose);
        browser.waiting().until(d -> !browser.all("target").isEmpty());
        assertThat(browser.text(d -> browser.all("attainment").get(0).getText())).contains("%");

        // the deal on the board: one tap moves it to the next stage
        assertThat(browser.text(d -> dealCard(data.dealTitle).getAttribute("data-stage")))
                .isEqualTo("PROSPECTING");
        browser.waiting().until(d -> {
            dealCard(data.dealTitle).findElement(Browser.testId("advance")).click();
            return true;
        });
        browser.waiting().until(d -> "NEEDS_ANALYSIS".equals(dealCard(data.dealTitle).getAttribute("data-stage")));
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/opportunities?repId=" + ConsoleData.REP1
                + "&stage=NEEDS_ANALYSIS&size=200", gateway.token("rep1", "rep1")).body().contains(data.dealTitle));

        // log a visit from the follow-up: the customer is chosen, the type and summary prefilled: tap, tap
        browser.waiting().until(d -> {
            browser.visible("followups-TODAY").findElements(Browser.testId("followup")).stream()
                    .filter(e -> e.getText().contains(data.customerName)).findFirst().orElseThrow()
                    .findElement(Browser.testId("followup-log")).click();
            return true;
        });
        WebElement sheet = browser.visible("log-activity");
        assertThat(sheet.findElement(Browser.testId("chosen-customer")).getText()).isEqualTo(data.customerName);
        assertThat(sheet.findElement(Browser.testId("type-VISIT")).getAttribute("aria-pressed")).isEqualTo("true");
        sheet.findElement(Browser.testId("save-activity")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(Browser.testId("notice"), data.customerName));
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/customers/" + data.customerId
                + "/communications", gateway.token("rep1", "rep1")).json().path("totalItems").asLong() == 1);
        browser.screenshot("rep-day-" + browser.lang());
    }

    @Test
    @Order(3)
    @DisplayName("the manager's dashboard draws attainment, leaderboard or its empty state, funnel and trend")
    void theManagersDashboardShowsCharts() {
        String manager = gateway.token("manager", "manager");
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/reports/target-attainment?scope=REP",
                manager).json().path("totalItems").asLong() > 0);
        browser.signIn("manager", "manager");
        browser.open("/team");
        for (String chart : List.of("chart-attainment", "chart-funnel", "chart-trend")) {
            browser.waiting().until(d -> "true".equals(browser.visible(chart).getAttribute("data-rendered")));
            assertThat(browser.elements(d -> browser.visible(chart).findElements(By.tagName("canvas"))))
                    .as(chart).isNotEmpty();
        }
        browser.waiting().until(d -> {
            WebElement leaderboard = browser.visible("panel-leaderboard");
            return !leaderboard.findElements(Browser.testId("chart-leaderboard")).isEmpty()
                    || !leaderboard.findElements(By.className("empty")).isEmpty();
        });
        for (String kpi : List.of("kpi-booked", "kpi-orders", "kpi-pipeline", "kpi-win-rate")) {
            assertThat(browser.visible(kpi).getText()).as(kpi).isNotBlank();
        }
        // money in Chinese: ¥ and 万 from 10 000 on
        browser.waiting().until(d -> browser.visible("kpi-pipeline").getText().contains("¥"));
        assertThat(browser.visible("kpi-pipeline").getText()).containsPattern("¥[0-9.,]+(万|亿)?|¥0\\.00");
        browser.screenshot("team-" + browser.lang());
    }

    @Test
    @Order(4)
    @DisplayName("the language switch: every main screen in zh-CN and en, no untranslated key, no text of the other language")
    void theLanguageSwitch() {
        browser.signIn("manager", "manager");
        for (String screen : List.of("/day", "/team", "/pipeline", "/customers", "/knowledge", "/manage/targets",
                "/manage/meetings", "/manage/risks")) {
            browser.open(screen);
            browser.switchLanguageTo("zh-CN");
            browser.assertChromeIn("zh-CN", screen);
            browser.switchLanguageTo("en");
            browser.assertChromeIn("en", screen);
            browser.screenshot(screen.substring(1).replace('/', '-') + "-en");
        }
        browser.switchLanguageTo("zh-CN");
        browser.signOut();
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/signin");
        browser.switchLanguageTo("zh-CN");
        browser.assertChromeIn("zh-CN", "/signin");
    }

    @Test
    @Order(5)
    @DisplayName("the phone held upright (390×844): one column, the tab bar at the bottom, tap targets of 44 px")
    void thePhoneSize() {
        try {
            browser.phone(390, 844);
            browser.signIn("rep1", "rep1");
            browser.open("/day");
            browser.visible("followups-TODAY");
            long width = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
            assertThat(width).isLessThanOrEqualTo(390);
            long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(width);
            WebElement nav = browser.driver().findElement(By.cssSelector("nav.nav"));
            assertThat(nav.getRect().getY() + nav.getRect().getHeight()).as("the tab bar at the bottom")
                    .isGreaterThan(((Number) browser.script("return window.innerHeight")).intValue() - 10);
            // panels one below the other
            List<WebElement> panels = browser.driver().findElements(By.cssSelector("main .grid > .panel"));
            assertThat(panels).hasSizeGreaterThanOrEqualTo(2);
            assertThat(panels.get(1).getRect().getY()).isGreaterThan(panels.get(0).getRect().getY());
            assertThat(panels.get(1).getRect().getX()).isEqualTo(panels.get(0).getRect().getX());
            // every button and navigation link that is shown can be tapped
            for (WebElement target : browser.driver().findElements(By.cssSelector("main button, nav a, header button"))) {
                if (!target.isDisplayed()) continue;
                assertThat(target.getRect().getHeight()).as("height of %s", target.getText()).isGreaterThanOrEqualTo(44);
                assertThat(target.getRect().getWidth()).as("width of %s", target.getText()).isGreaterThanOrEqualTo(44);
            }
            // the daily list and logging a visit: one tap each from here
            browser.visible("log-visit").click();
            browser.visible("log-activity");
            browser.screenshot("phone-log-visit-" + browser.lang());
        } finally {
            browser.desktop();
        }
    }

    @Test
    @Order(6)
    @DisplayName("a new lead without a name shows the server's message, in the console's language, next to the name field")
    void aFormShowsTheServersFieldError() {
        browser.signIn("rep1", "rep1");
        String expected = ConsoleData.serverMessageForBlankLeadName(gateway, browser.lang());
        browser.open("/customers");
        browser.visible("new-lead").click();
        browser.visible("lead-form");
        browser.visible("lead-submit").click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='lead-form'] [data-error-for='name']")));
        assertThat(error.getText()).isEqualTo(expected);
        WebElement input = browser.visible("lead-name");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
        assertThat(browser.visible("problem").getText()).isNotBlank();
    }

    private WebElement dealCard(String title) {
        return browser.waiting().until(d -> d.findElements(Browser.testId("deal")).stream()
                .filter(e -> e.getText().contains(title)).findFirst().orElse(null));
    }


}
