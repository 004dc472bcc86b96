package com.salesplatform.systemtests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.openqa.selenium.support.ui.Select;

/**
 * 管理 in headless Chromium against the running platform (docs/console.md): the manager's meeting with minutes and an
 * action item, the risk register, and the admin's target tree from a company target of next year down to a team's
 * share, with exact sums, the live sum check, an adjustment that unbalances its parents, the history and the as-of
 * view. Each outcome is read back from the API.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManageBrowserIT {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static Gateway gateway;
    private static String suffix;

    @RegisterExtension
    static Browser browser = Browser.onTheGateway();

    @BeforeAll
    static void platform(Gateway platform) {
        gateway = platform;
        ConsoleData.warmUp(gateway);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    @DisplayName("meetings: one scheduled (its agenda's field error first), minutes with an action item for rep1 (its due time's error first), the item done")
    void aMeetingWithMinutesAndAnActionItem() {
        String manager = gateway.token("manager", "manager");
        browser.signIn("manager", "manager");
        browser.switchLanguageTo("zh-CN");
        browser.visible("nav-manage").click();
        browser.visible("manage-meetings").click();
        browser.visible("new-meeting").click();
        browser.setValue(browser.visible("meeting-scheduledAt"), browserTime(LocalDateTime.now().plusDays(1).withHour(9).withMinute(30)));
        browser.visible("meeting-submit").click();
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='meeting-form'] [data-error-for='agenda']"))
                .getText())).isNotBlank();
        String agenda = "本周重点客户推进 " + suffix;
        browser.visible("meeting-agenda").sendKeys(agenda);
        browser.waiting().until(d -> {
            List<WebElement> reps = d.findElements(Browser.testId("participant"));
            if (reps.isEmpty()) return false;
            reps.get(0).click();
            return true;
        });
        browser.visible("meeting-submit").click();
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*#/manage/meetings/[0-9a-f-]{36}$"));
        String meetingId = browser.driver().getCurrentUrl().replaceAll(".*#/manage/meetings/", "");
        JsonNode meeting = gateway.get("/api/meetings/" + meetingId, manager).json();
        assertThat(meeting.path("agenda").asText()).isEqualTo(agenda);
        assertThat(meeting.path("kind").asText()).isEqualTo("TEAM");
        assertThat(meeting.path("participantRepIds")).hasSize(1);

        browser.visible("record-minutes").click();
        browser.visible("minutes-text").sendKeys("一、华东大客户报价进度；二、下周拜访安排");
        browser.visible("add-action-item").click();
        browser.visible("item-description-0").sendKeys("整理标准报价模板");
        new Select(browser.visible("item-owner-0")).selectByValue(ConsoleData.REP1);
        browser.visible("minutes-submit").click();
        assertThat(browser.text(d -> d.findElement(By.cssSelector(
                "[data-testid='minutes-form'] [data-error-for='actionItems[0].dueAt']")).getText())).isNotBlank();
        JsonNode noMinutes = gateway.get("/api/meetings/" + meetingId, manager).json().path("minutes");
        assertThat(noMinutes.isNull() || noMinutes.isMissingNode()).as("minutes stored: %s", noMinutes).isTrue();
        browser.setValue(browser.visible("item-due-0"), browserTime(LocalDateTime.now().plusDays(3).withHour(18).withMinute(0)));
        browser.visible("minutes-submit").click();
        browser.visible("minutes");
        JsonNode minuted = gateway.get("/api/meetings/" + meetingId, manager).json();
        assertThat(minuted.path("minutes").asText()).isEqualTo("一、华东大客户报价进度；二、下周拜访安排");
        assertThat(minuted.path("actionItems")).hasSize(1);
        assertThat(minuted.path("actionItems").get(0).path("ownerId").asText()).isEqualToIgnoringCase(ConsoleData.REP1);

        browser.waiting().until(d -> {
            d.findElement(By.cssSelector("[data-testid='action-item'] [data-testid='complete-item']")).click();
            return true;
        });
        browser.waiting().until(d -> "COMPLETED".equals(d.findElement(Browser.testId("action-item")).getAttribute("data-status")));
        assertThat(gateway.get("/api/meetings/" + meetingId, manager).json().path("actionItems").get(0)
                .path("status").asText()).isEqualTo("COMPLETED");

        browser.assertChromeIn("zh-CN", "/manage/meetings/{id}");
        browser.screenshot("meeting-zh-CN");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/manage/meetings/{id}");
        browser.open("/manage/meetings");
        browser.visible("meeting-list");
        browser.assertChromeIn("en", "/manage/meetings");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(2)
    @DisplayName("risks: one registered (the server's field errors first), assessed again, closed with a resolution")
    void aRiskFromRegisterToClosure() {
        String manager = gateway.token("manager", "manager");
        browser.signIn("manager", "manager");
        browser.open("/manage/risks");
        browser.visible("new-risk").click();
        browser.visible("risk-submit").click();
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='risk-form'] [data-error-for='category']"))
                .getText())).isNotBlank();
        assertThat(browser.visible("risk-description").getAttribute("aria-invalid")).isEqualTo("true");
        new Select(browser.visible("risk-category")).selectByValue("COMPETITOR");
        String description = "竞争对手华东区降价 15% " + suffix;
        browser.visible("risk-description").sendKeys(description);
        new Select(browser.visible("risk-likelihood")).selectByValue("3");
        new Select(browser.visible("risk-impact")).selectByValue("4");
        browser.visible("risk-mitigationPlan").sendKeys("锁定年度框架协议，提供增值服务");
        browser.visible("risk-submit").click();
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*#/manage/risks/[0-9a-f-]{36}$"));
        String riskId = browser.driver().getCurrentUrl().replaceAll(".*#/manage/risks/", "");
        JsonNode risk = gateway.get("/api/risks/" + riskId, manager).json();
        assertThat(risk.path("description").asText()).isEqualTo(description);
        assertThat(risk.path("category").asText()).isEqualTo("COMPETITOR");
        assertThat(risk.path("likelihood").asInt()).isEqualTo(3);

        browser.visible("assess").click();
        new Select(browser.visible("assess-likelihood")).selectByValue("4");
        new Select(browser.visible("assess-impact")).selectByValue("5");
        browser.visible("assess-submit").click();
        browser.waiting().until(d -> browser.visible("risk-score").getText().contains("20"));
        JsonNode assessed = gateway.get("/api/risks/" + riskId, manager).json();
        assertThat(assessed.path("score").asInt()).isEqualTo(20);
        assertThat(assessed.path("impact").asInt()).isEqualTo(5);

        browser.visible("close-risk").click();
        browser.visible("close-risk-submit").click();
        assertThat(browser.text(d -> d.findElement(By.cssSelector("[data-testid='close-risk-form'] [data-error-for='resolution']"))
                .getText())).isNotBlank();
        assertThat(gateway.get("/api/risks/" + riskId, manager).json().path("status").asText()).isNotEqualTo("CLOSED");
        browser.visible("close-risk-resolution").sendKeys("对方已恢复原价");
        browser.visible("close-risk-submit").click();
        browser.waiting().until(d -> "CLOSED".equals(browser.visible("risk-status").getAttribute("data-status")));
        JsonNode closed = gateway.get("/api/risks/" + riskId, manager).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("resolution").asText()).isEqualTo("对方已恢复原价");

        browser.assertChromeIn("zh-CN", "/manage/risks/{id}");
        browser.open("/manage/risks");
        browser.visible("risk-list");
        browser.assertChromeIn("zh-CN", "/manage/risks");
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/manage/risks");
        browser.screenshot("risks-en");
        browser.switchLanguageTo("zh-CN");
    }

    @Test
    @Order(3)
    @DisplayName("the target tree: next year's company target into quarters, Q1 into months, January to a team with the live sum check, an adjustment that unbalances it, its history, the as-of view")
    void theTargetTree() {
        String admin = gateway.token("admin", "admin");
        String year = String.valueOf(LocalDate.now(ConsoleData.COMPANY_ZONE).getYear() + 1);
        String rootId = UUID.randomUUID().toString();
        Gateway.Response set = ConsoleData.create(gateway, "/api/targets", Map.of("id", rootId, "scope", "COMPANY",
                "period", year, "metric", "REVENUE", "amount", new BigDecimal("1200000.00"),
                "specific", "浏览器测试公司目标 " + suffix, "achievable", "上年实际的 110%", "relevant", "公司年度计划"), admin);
        assertThat(set.status()).as("company target: %s", set).isEqualTo(201);

        browser.signIn("admin", "admin");
        browser.switchLanguageTo("zh-CN");
        browser.visible("nav-manage").click();
        WebElement yearInput = browser.visible("target-year");
        yearInput.clear();
        yearInput.sendKeys(year);
        browser.visible("target-tree");
        nodeButton(rootId, "decompose");
        assertThat(new Select(browser.waiting().until(d -> d.findElement(inNode(rootId, ".actions [data-testid='decompose-granularity']"))))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("QUARTER");
        nodeButton(rootId, "decompose-submit");
        JsonNode quarters = await().atMost(Duration.ofSeconds(20)).until(
                () -> gateway.get("/api/targets/" + rootId, admin).json().path("children"), c -> c.size() == 4);
        for (JsonNode quarter : quarters) assertThat(quarter.path("amount").decimalValue()).isEqualByComparingTo("300000.00");
        String q1 = childOf(quarters, year + "-Q1");

        browser.waiting().until(d -> !d.findElements(node(q1)).isEmpty());
        nodeButton(q1, "decompose");
        assertThat(new Select(browser.waiting().until(d -> d.findElement(inNode(q1, ".actions [data-testid='decompose-granularity']"))))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("MONTH");
        nodeButton(q1, "decompose-submit");
        JsonNode months = await().atMost(Duration.ofSeconds(20)).until(
                () -> gateway.get("/api/targets/" + q1, admin).json().path("children"), c -> c.size() == 3);
        for (JsonNode month : months) assertThat(month.path("amount").decimalValue()).isEqualByComparingTo("100000.00");
        String january = childOf(months, year + "-01");

        // January to the first team: a share that does not add up shows the difference, and the server refuses it
        String team = gateway.get("/api/teams?size=100", admin).json().path("items").get(0).path("id").asText();
        browser.waiting().until(d -> !d.findElements(node(january)).isEmpty());
        nodeButton(january, "allocate");
        WebElement share = browser.waiting().until(d -> d.findElement(inNode(january, "[data-testid='allocation-form'] [data-testid='share-" + team + "']")));
        share.sendKeys("90000");
        assertThat(browser.text(d -> d.findElement(inNode(january, "[data-testid='allocation-form'] [data-testid='allocation-sum']")).getAttribute("data-difference")))
                .isEqualTo("10000");
        nodeButton(january, "allocation-submit");
        assertThat(browser.text(d -> d.findElement(inNode(january, "[data-testid='allocation-form'] .field-error")).getText()))
                .isNotBlank();
        assertThat(gateway.get("/api/targets/" + january, admin).json().path("allocations")).isEmpty();
        browser.waiting().until(d -> {
            WebElement input = d.findElement(inNode(january, "[data-testid='allocation-form'] [data-testid='share-" + team + "']"));
            input.clear();
            input.sendKeys("100000.00");
            return true;
        });
        assertThat(browser.text(d -> d.findElement(inNode(january, "[data-testid='allocation-form'] [data-testid='allocation-sum']")).getAttribute("data-difference")))
                .isEqualTo("0");
        nodeButton(january, "allocation-submit");
        JsonNode allocated = await().atMost(Duration.ofSeconds(20)).until(
                () -> gateway.get("/api/targets/" + january, admin).json(), t -> t.path("allocations").size() == 1);
        assertThat(allocated.path("allocations").get(0).path("ownerId").asText()).isEqualTo(team);
        assertThat(allocated.path("allocations").get(0).path("amount").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(allocated.path("balanced").asBoolean()).isTrue();

        // an adjustment of January with its reason: Q1's months no longer add up, in the API and on the screen
        nodeButton(january, "adjust");
        browser.waiting().until(d -> {
            WebElement amount = d.findElement(inNode(january, ".actions [data-testid='adjust-amount']"));
            amount.clear();
            amount.sendKeys("120000.00");
            d.findElement(inNode(january, ".actions [data-testid='adjust-reason']")).sendKeys("大客户追加年度框架订单");
            return true;
        });
        nodeButton(january, "adjust-submit");
        await().atMost(Duration.ofSeconds(20)).until(() -> !gateway.get("/api/targets/" + q1, admin).json().path("balanced").asBoolean());
        assertThat(gateway.get("/api/targets/" + january, admin).json().path("amount").decimalValue()).isEqualByComparingTo("120000.00");
        browser.waiting().until(d -> !d.findElements(inNode(q1, ".toolbar [data-testid='unbalanced']")).isEmpty());
        assertThat(browser.driver().findElements(inNode(rootId, ".toolbar [data-testid='unbalanced']"))).isEmpty();

        nodeButton(january, "history");
        browser.waiting().until(d -> d.findElements(inNode(january, "[data-testid='target-history'] [data-type]")).stream()
                .map(e -> e.getAttribute("data-type")).toList().containsAll(List.of("TargetSet", "TargetAllocated", "TargetAdjusted")));
        assertThat(browser.text(d -> d.findElement(inNode(january, "[data-testid='target-history']")).getText()))
                .contains("大客户追加年度框架订单");

        browser.assertChromeIn("zh-CN", "/manage/targets");
        browser.screenshot("targets-zh-CN");

        // as of yesterday the target did not exist: the tree says so in the server's words
        String yesterday = LocalDate.now(ConsoleData.COMPANY_ZONE).minusDays(1).toString();
        Gateway.Response before = gateway.get("/api/targets/" + rootId + "?asOf=" + yesterday, admin);
        assertThat(before.status()).as("%s", before).isEqualTo(404);
        browser.setValue(browser.visible("target-asof"), yesterday);
        assertThat(browser.text(d -> d.findElement(inNode(rootId, "[data-testid='problem']")).getText()))
                .isEqualTo(before.json().path("detail").asText());
        browser.setValue(browser.visible("target-asof"), "");
        browser.waiting().until(d -> !d.findElements(inNode(rootId, ".toolbar [data-testid='target-amount']")).isEmpty());
        browser.switchLanguageTo("en");
        browser.assertChromeIn("en", "/manage/targets");
        browser.screenshot("targets-en");
        browser.switchLanguageTo("zh-CN");
    }

    private static String childOf(JsonNode children, String period) {
        List<String> periods = new ArrayList<>();
        for (JsonNode child : children) {
            if (child.path("period").asText().equals(period)) return child.path("id").asText();
            periods.add(child.path("period").asText());
        }
        throw new AssertionError("no child of period " + period + " in " + periods);
    }

    private static By node(String id) {
        return By.cssSelector("[data-testid='target-node'][data-id='" + id + "']");
    }

    /** Inside the node itself, not in the nodes below it. */
    private static By inNode(String id, String css) {
        return By.cssSelector("[data-testid='target-node'][data-id='" + id + "'] > div > " + css);
    }

    private static void nodeButton(String id, String testId) {
        browser.waiting().until(d -> {
            List<WebElement> buttons = new ArrayList<>(d.findElements(inNode(id, ".actions [data-testid='" + testId + "']")));
            buttons.addAll(d.findElements(inNode(id, "[data-testid='allocation-form'] [data-testid='" + testId + "']")));
            if (buttons.isEmpty() || !buttons.get(0).isEnabled()) return false;
            buttons.get(0).click();
            return true;
        });
    }

    /** A moment as a datetime-local input takes it, in the browser's zone (the test's own). */
    private static String browserTime(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).format(LOCAL_INPUT);
    }

    /** Sets a date or datetime input the way typing does (Chromium's pickers take no keys in a fixed format). */
}
