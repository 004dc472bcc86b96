package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The admin sets a company target from the target tree in headless Chromium against the running platform
 * (docs/console.md): without an amount and SMART texts the server's messages under them and nothing stored, then
 * the target in the API and at the root of its year's tree.
 */
@ExtendWith(RunningPlatform.class)
class CompanyTargetBrowserIT {

    private static Gateway gateway;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void platform(Gateway platform) {
        gateway = platform;
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @DisplayName("a company target of a year set from the tree: the server's messages first, then stored and shown at the root")
    void setACompanyTarget() {
        String admin = gateway.token("admin", "admin");
        // a year of its own for each run, so its tree holds this target only
        String year = String.valueOf(ThreadLocalRandom.current().nextInt(2200, 9000));
        browser.signIn("admin", "admin");
        browser.switchLanguageTo("zh-CN");
        browser.open("/manage/targets");
        browser.typeIn(d -> d.findElement(Browser.testId("target-tree")), "target-year", year);
        Function<WebDriver, WebElement> tree = d -> d.findElement(Browser.testId("target-tree"));
        browser.clickIn(tree, "set-company-target");
        browser.typeIn(tree, "set-company-target-period", year);
        browser.clickIn(tree, "set-company-target-submit");
        for (String field : new String[] {"amount", "specific", "achievable", "relevant"}) {
            assertThat(browser.text(d -> tree.apply(d).findElement(By.cssSelector("[data-error-for='" + field + "']")).getText()))
                    .as("the server's message under %s", field).isNotBlank();
        }
        assertThat(companyTargets(year, admin).path("totalItems").asLong()).isZero();

        browser.typeIn(tree, "set-company-target-amount", "3,600,000");
        browser.typeIn(tree, "set-company-target-specific", "全年新签合同额 " + year);
        browser.typeIn(tree, "set-company-target-achievable", "上年实际的 110%");
        browser.typeIn(tree, "set-company-target-relevant", "公司年度计划");
        browser.clickIn(tree, "set-company-target-submit");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("[data-testid='target-tree'] [data-testid='target-node']")).isEmpty());
        JsonNode stored = companyTargets(year, admin).path("items");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("amount").decimalValue()).isEqualByComparingTo("3600000");
        assertThat(stored.get(0).path("metric").asText()).isEqualTo("REVENUE");
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='target-node']")).getAttribute("data-id")))
                .isEqualTo(stored.get(0).path("id").asText());
        browser.assertChromeIn("zh-CN", "/manage/targets");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/manage/targets");
        browser.switchLanguageTo("zh-CN");
    }

    private static JsonNode companyTargets(String year, String token) {
        return gateway.get("/api/targets?scope=COMPANY&period=" + year, token).json();
    }
}
