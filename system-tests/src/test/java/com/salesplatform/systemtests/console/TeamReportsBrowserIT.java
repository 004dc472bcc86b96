package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The manager's dashboard beyond the charts ConsoleBrowserIT draws, in headless Chromium against the running
 * platform (docs/console.md): product popularity and the risk alerts as the API answers them, each report table's
 * CSV downloaded byte for byte as the API's own, and the page as it prints (the chrome hidden, every table shown).
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamReportsBrowserIT {

    private static Gateway gateway;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void data(Gateway platform) {
        gateway = platform;
        ConsoleData.warmUp(gateway);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @DisplayName("product popularity and the risk alerts: a row per product and an item per alert the API answers, in both languages")
    void productsAndAlerts() {
        String manager = gateway.token("manager", "manager");
        browser.signIn("manager", "manager");
        browser.switchLanguageTo("zh-CN");
        browser.open("/team");
        JsonNode products = gateway.get("/api/reports/product-popularity?size=20", manager).json().path("items");
        JsonNode alerts = gateway.get("/api/reports/risk-alerts?size=50", manager).json().path("items");
        browser.waiting().until(d -> d.findElements(By.cssSelector(
                "[data-testid='panel-products'] [role='status'], [data-testid='panel-alerts'] [role='status']")).isEmpty());
        List<WebElement> rows = browser.visible("panel-products").findElements(By.cssSelector("details.data tbody tr"));
        assertThat(rows).hasSize(products.size());
        if (!products.isEmpty()) {
            assertThat(rows.get(0).getAttribute("textContent")).contains(products.get(0).path("name").asText());
        }
        List<WebElement> shown = browser.all("alert");
        assertThat(shown).hasSize(alerts.size());
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i).getAttribute("data-kind")).isEqualTo(alerts.get(i).path("kind").asText());
        }
        browser.assertChromeIn("zh-CN", "/team");
        browser.screenshot("team-alerts-zh-CN");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/team");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(2)
    @DisplayName("CSV: each report table's download is the API's own CSV (Accept: text/csv), byte for byte (the risk alerts but for the moving forecast)")
    void csvDownloads() throws Exception {
        Path downloads = Files.createTempDirectory("console-downloads");
        ((HasCdp) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
        String manager = gateway.token("manager", "manager");
        browser.signIn("manager", "manager");
        browser.open("/team");
        for (String[] report : new String[][] {
                {"product-popularity", "/api/reports/product-popularity?size=20"},
                {"risk-alerts", "/api/reports/risk-alerts?size=50"},
                {"sales-trend", "/api/reports/sales-trend"}}) {
            browser.visible("csv-" + report[0]).click();
            Path file = downloads.resolve(report[0] + ".csv");
            await(report[0] + ".csv downloaded").atMost(Duration.ofSeconds(20)).until(() -> Files.isRegularFile(file)
                    && Files.size(file) > 0);
            String downloaded = Files.readString(file, StandardCharsets.UTF_8);
            String api = csv(report[1], manager);
            if (report[0].equals("risk-alerts")) {
                // a run-rate forecast moves with the clock between the two answers: the same header, alerts and kinds
                assertThat(downloaded.lines().toList()).as(report[0]).hasSameSizeAs(api.lines().toList());
                assertThat(downloaded.lines().findFirst()).isEqualTo(api.lines().findFirst());
                assertThat(downloaded.lines().map(l -> l.split(",", 2)[0]).toList())
                        .isEqualTo(api.lines().map(l -> l.split(",", 2)[0]).toList());
            } else {
                assertThat(downloaded).as(report[0]).isEqualTo(api);
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("print: navigation, header and buttons hidden, every data table shown while printing, closed again after")
    void printsCleanly() {
        browser.signIn("manager", "manager");
        browser.open("/team");
        browser.visible("panel-funnel");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("details.data")).isEmpty());
        HasCdp cdp = (HasCdp) browser.driver();
        try {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.script("window.dispatchEvent(new Event('beforeprint'))");
            browser.waiting().until(d -> !d.findElement(By.cssSelector("nav.nav")).isDisplayed()
                    && !d.findElement(By.cssSelector("header.topbar")).isDisplayed());
            assertThat(browser.driver().findElements(By.cssSelector("main button")).stream().filter(WebElement::isDisplayed))
                    .as("no button on paper").isEmpty();
            List<WebElement> tables = browser.driver().findElements(By.cssSelector("details.data table"));
            assertThat(tables).isNotEmpty();
            assertThat(tables).allMatch(WebElement::isDisplayed);
            browser.screenshot("team-print");
            browser.script("window.dispatchEvent(new Event('afterprint'))");
            browser.waiting().until(d -> d.findElements(By.cssSelector("details.data[open]")).isEmpty());
        } finally {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    @Order(4)
    @DisplayName("attainment as of a day: the report's asOf, a day before any target shows none, yesterday as many rows as the API answers")
    void attainmentAsOfADay() {
        String manager = gateway.token("manager", "manager");
        String yesterday = LocalDate.now(ConsoleData.COMPANY_ZONE).minusDays(1).toString();
        browser.signIn("manager", "manager");
        browser.switchLanguageTo("zh-CN");
        browser.open("/team");
        browser.visible("attainment-asof");
        assertThat(gateway.get("/api/reports/target-attainment?scope=REP&asOf=2000-01-01", manager).json()
                .path("totalItems").asLong()).isZero();
        browser.setValue(browser.visible("attainment-asof"), "2000-01-01");
        browser.visible("attainment-asof-notice");
        browser.waiting().until(d -> d.findElement(Browser.testId("panel-attainment")).getText().contains("还没有销售代表的目标"));

        JsonNode then = gateway.get("/api/reports/target-attainment?scope=REP&size=200&asOf=" + yesterday, manager).json();
        browser.setValue(browser.visible("attainment-asof"), yesterday);
        browser.waiting().until(d -> d.findElements(By.cssSelector("[data-testid='panel-attainment'] details.data tbody tr")).size()
                == then.path("items").size());
        browser.setValue(browser.visible("attainment-asof"), "");
        browser.waiting().until(d -> d.findElements(Browser.testId("attainment-asof-notice")).isEmpty());
    }

    private static String csv(String pathAndQuery, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        gateway.base().resolve(pathAndQuery)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
