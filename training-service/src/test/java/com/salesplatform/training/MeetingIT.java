package com.salesplatform.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import static com.salesplatform.training.TrainingApi.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meetings over HTTP: minutes and action items, the overdue deadline firing through db-scheduler's persisted table,
 * completion by the owner, and an experience-sharing meeting's minutes turned into a draft article.
 */
@ServiceIntegrationTest
class MeetingIT {

    private static final String MEETINGS = "/api/meetings";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private TrainingApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;
    @Autowired
    private BusinessCalendar calendar;
    private final String managerId = newId();
    private final String manager = TestTokens.manager(managerId, newId());

    @BeforeEach
    void setUp() {
        api = new TrainingApi(port, jdbc);
        probe = topics.on("sales.training.events");
    }

    @Test
    void anOpenActionItemIsReportedOverdueByItsPersistedDeadline() {
        String owner = newId();
        String meeting = api.created(manager, MEETINGS, """
                {"kind":"CROSS_DEPARTMENT","scheduledAt":"%s","agenda":"华东医院订单交付延期：物流与财务协调",
                 "departments":["LOGISTICS","FINANCE"],"participantRepIds":["%s"]}""".formatted(now(), owner));
        JsonNode recorded = minutes(meeting, """
                {"minutes":"物流确认 3 月 25 日前发货；财务同意延长付款期 15 天。","actionItems":[
                  {"description":"通知客户新的交付日期","ownerId":"%s","dueAt":"%s"},
                  {"description":"更新回款计划","ownerId":"%s","dueAt":"%s"}]}"""
                .formatted(owner, now().minus(Duration.ofSeconds(1)), owner, now().plus(Duration.ofDays(1))));
        String pastDue = itemId(recorded, "通知客户新的交付日期");
        String tomorrow = itemId(recorded, "更新回款计划");

        JsonNode overdue = awaitOverdue(meeting, pastDue);
        Contracts.assertConforms("training", overdue);
        assertThat(overdue.path("data").path("ownerId").asText()).isEqualTo(owner);
        assertThat(status(meeting, pastDue)).isEqualTo("OVERDUE");
        assertThat(status(meeting, tomorrow)).isEqualTo("OPEN");

        // The pending deadline is a row of db-scheduler's table, not an in-memory timer: bringing its execution time
        // forward in the database alone makes it fire, as it would after a restart of the service.
        assertThat(pendingDeadlinesFor(tomorrow)).isEqualTo(1);
        jdbc.update("UPDATE scheduled_tasks SET execution_time = now() WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                tomorrow);
        awaitOverdue(meeting, tomorrow);
        assertThat(status(meeting, tomorrow)).isEqualTo("OVERDUE");

        ApiClient.Response done = api.as(TestTokens.rep(owner, null))
                .post(MEETINGS + "/" + meeting + "/action-items/" + pastDue + "/completion", "");
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        JsonNode completed = probe.awaitEnvelope(meeting, "ActionItemCompleted");
        Contracts.assertConforms("training", completed);
        assertThat(completed.path("data").path("late").asBoolean()).isTrue();
        assertThat(status(meeting, pastDue)).isEqualTo("COMPLETED");
        assertThat(api.as(TestTokens.rep(owner, null))
                .post(MEETINGS + "/" + meeting + "/action-items/" + pastDue + "/completion", "").status())
                .isEqualTo(409);
        Contracts.assertConforms("training", probe.awaitEnvelope(meeting, "MeetingScheduled"));
        Contracts.assertConforms("training", probe.awaitEnvelope(meeting, "MinutesRecorded"));
        Contracts.assertConforms("training", probe.awaitEnvelope(meeting, "ActionItemAssigned"));
    }

    @Test
    void aCompletedItemIsNeverOverdueAndOnlyThoseInvolvedSeeTheMeeting() {
        String owner = newId();
        String meeting = api.created(manager, MEETINGS, """
                {"kind":"TEAM","scheduledAt":"%s","agenda":"周会：本周拜访计划"}""".formatted(now()));
        String item = itemId(minutes(meeting, """
                {"minutes":"每人本周拜访 5 家客户","actionItems":[{"description":"提交拜访计划","ownerId":"%s",
                 "dueAt":"%s"}]}""".formatted(owner, now().plus(Duration.ofSeconds(3)))), "提交拜访计划");
        String stranger = TestTokens.rep(newId(), null);

        assertThat(api.as(stranger).get(MEETINGS + "/" + meeting).status()).isEqualTo(404);
        assertThat(api.as(stranger).post(MEETINGS + "/" + meeting + "/action-items/" + item + "/completion", "")
                .status()).isEqualTo(404);
        assertThat(api.as(TestTokens.rep(owner, null)).get(MEETINGS + "/" + meeting).status()).isEqualTo(200);
        String today = calendar.dateOf(Instant.now()).toString();
        String thisWeek = MEETINGS + "?from=" + calendar.dateOf(Instant.now()).minusDays(1) + "&to="
                + calendar.dateOf(Instant.now()).plusDays(1);
        assertThat(ids(api.as(TestTokens.rep(owner, null)).get(thisWeek + "&kind=TEAM").json()))
                .as("the action item's owner lists it").containsExactly(meeting);
        assertThat(ids(api.as(TestTokens.rep(owner, null)).get(thisWeek + "&kind=EXPERIENCE_SHARING").json()))
                .isEmpty();
        assertThat(ids(api.as(stranger).get(thisWeek).json())).doesNotContain(meeting);
        assertThat(ids(api.as(manager).get(thisWeek).json())).contains(meeting);
        assertThat(api.as(manager).get(MEETINGS + "?from=" + today + "&to=2000-01-01").status()).isEqualTo(400);
        assertThat(api.as(TestTokens.rep(owner, null)).post(MEETINGS + "/" + meeting + "/minutes",
                "{\"minutes\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.as(TestTokens.rep(owner, null)).post(MEETINGS, """
                {"kind":"TEAM","scheduledAt":"%s","agenda":"周会"}""".formatted(now())).status()).isEqualTo(403);
        assertThat(api.as(TestTokens.rep(owner, null))
                .post(MEETINGS + "/" + meeting + "/action-items/" + item + "/completion", "").status()).isEqualTo(204);

        await("the completed item's deadline to run").atMost(Duration.ofSeconds(30))
                .until(() -> pendingDeadlinesFor(item) == 0);
        assertThat(status(meeting, item)).isEqualTo("COMPLETED");
        probe.awaitEnvelope(meeting, "ActionItemCompleted");
        assertThat(probe.seenFor(meeting)).extracting(event -> event.path("type").asText())
                .contains("ActionItemCompleted").doesNotContain("ActionItemOverdue");
    }

    @Test
    void aManagerSeesAndChangesOnlyTheirTeamsMeetingsAndAnotherTeamsIsNotFound() {
        String team = newId();
        String teamRep = newId();
        api.joinRoster(team, managerId, teamRep);
        String ours = TestTokens.manager(managerId, team);
        String deputy = TestTokens.manager(newId(), team);
        String otherManagerId = newId();
        String otherManager = TestTokens.manager(otherManagerId, newId());
        String meeting = api.created(ours, MEETINGS, """
                {"kind":"TEAM","scheduledAt":"%s","agenda":"周会：华东大客户复盘","participantRepIds":["%s"]}"""
                .formatted(now(), teamRep));
        String item = itemId(minutes(meeting, """
                {"minutes":"复盘三家大客户","actionItems":[{"description":"整理复盘材料","ownerId":"%s","dueAt":"%s"}]}"""
                .formatted(teamRep, now().plus(Duration.ofDays(2)))), "整理复盘材料");
        String involvingOtherManager = api.created(ours, MEETINGS, """
                {"kind":"EXPERIENCE_SHARING","scheduledAt":"%s","agenda":"跨组分享","participantRepIds":["%s"]}"""
                .formatted(now(), otherManagerId));
        long stored = api.storedEventsOf(meeting);

        ApiClient.Response unknown = api.as(otherManager).get(MEETINGS + "/" + newId());
        assertThat(unknown.status()).isEqualTo(404);
        for (ApiClient.Response refused : List.of(api.as(otherManager).get(MEETINGS + "/" + meeting),
                api.as(otherManager).post(MEETINGS + "/" + meeting + "/minutes", "{\"minutes\":\"改写纪要\"}"),
                api.as(otherManager).post(MEETINGS + "/" + meeting + "/action-items/" + item + "/completion", ""),
                api.as(otherManager).post(MEETINGS + "/" + meeting + "/knowledge-article", ""))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.json().path("type").asText()).isEqualTo(unknown.json().path("type").asText());
        }
        String thisWeek = MEETINGS + "?from=" + calendar.dateOf(Instant.now()).minusDays(1) + "&to="
                + calendar.dateOf(Instant.now()).plusDays(1) + "&size=200";
        assertThat(ids(api.as(otherManager).get(thisWeek).json())).contains(involvingOtherManager)
                .doesNotContain(meeting);
        assertThat(api.as(otherManager).post(MEETINGS + "/" + involvingOtherManager + "/minutes",
                "{\"minutes\":\"参会者不写纪要\"}").status()).as("a participant sees it, another team's").isEqualTo(403);
        assertThat(api.storedEventsOf(meeting)).as("nothing stored by the refusals").isEqualTo(stored);
        assertThat(api.storedEventsOf(involvingOtherManager)).isEqualTo(1);

        assertThat(ids(api.as(deputy).get(thisWeek).json())).as("the team's meetings, by its manager in the roster")
                .contains(meeting, involvingOtherManager);
        assertThat(ids(api.as(TestTokens.admin()).get(thisWeek).json())).contains(meeting, involvingOtherManager);
        assertThat(api.as(TestTokens.admin()).get(MEETINGS + "/" + meeting).status()).isEqualTo(200);
        assertThat(api.as(deputy).post(MEETINGS + "/" + meeting + "/action-items/" + item + "/completion", "")
                .status()).isEqualTo(204);
    }

    @Test
    void anExperienceSharingMeetingsMinutesBecomeADraftArticleInOneCall() {
        String rep = newId();
        String otherRep = newId();
        String meeting = api.created(manager, MEETINGS, """
                {"kind":"EXPERIENCE_SHARING","scheduledAt":"%s","agenda":"大客户招标经验分享\\n第二项","participantRepIds":["%s","%s"]}"""
                .formatted(now(), rep, otherRep));
        String team = api.created(manager, MEETINGS, """
                {"kind":"TEAM","scheduledAt":"%s","agenda":"周会"}""".formatted(now()));
        assertThat(api.as(manager).post(MEETINGS + "/" + meeting + "/knowledge-article", "").status())
                .isEqualTo(409);
        minutes(meeting, "{\"minutes\":\"提前两周拜访采购科，了解评分细则；样机测试安排在投标前。\"}");
        minutes(team, "{\"minutes\":\"本周无特别事项\"}");

        ApiClient.Response shared = api.as(TestTokens.rep(rep, null)).post(MEETINGS + "/" + meeting
                + "/knowledge-article", "{\"kind\":\"PLAYBOOK\",\"tags\":[\"招标\"]}");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        String article = shared.json().path("id").asText();
        assertThat(shared.location()).hasValue("/api/knowledge/articles/" + article);
        JsonNode draft = api.as(TestTokens.rep(rep, null)).get("/api/knowledge/articles/" + article).json();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("kind").asText()).isEqualTo("PLAYBOOK");
        assertThat(draft.path("title").asText()).isEqualTo("经验分享：大客户招标经验分享");
        assertThat(draft.path("body").asText()).isEqualTo("提前两周拜访采购科，了解评分细则；样机测试安排在投标前。");
        assertThat(draft.path("authorId").asText()).isEqualTo(rep);
        assertThat(draft.path("sourceMeetingId").asText()).isEqualTo(meeting);
        assertThat(probe.awaitEnvelope(article, "ArticleDrafted").path("data").path("sourceMeetingId").asText())
                .isEqualTo(meeting);

        ApiClient.Response again = api.as(manager).post(MEETINGS + "/" + meeting + "/knowledge-article", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/already-exists");
        assertThat(again.json().path("existingArticleId").asText()).as("a manager reads every draft").isEqualTo(article);
        ApiClient.Response byOtherRep = api.as(TestTokens.rep(otherRep, null))
                .post(MEETINGS + "/" + meeting + "/knowledge-article", "");
        assertThat(byOtherRep.status()).isEqualTo(409);
        assertThat(byOtherRep.json().has("existingArticleId")).as("another rep's draft is not theirs to see").isFalse();
        assertThat(api.as(manager).post(MEETINGS + "/" + team + "/knowledge-article", "").status()).isEqualTo(409);
        assertThat(api.storedEventsOf(article)).isEqualTo(1);
    }

    @Test
    void rejectedMeetingsStoreNothingAndPublishNothing() {
        String rejected = newId();
        ApiClient.Response noDepartments = api.as(manager).post(MEETINGS, """
                {"id":"%s","kind":"CROSS_DEPARTMENT","scheduledAt":"%s","agenda":"协调"}""".formatted(rejected, now()));
        assertThat(noDepartments.status()).isEqualTo(400);
        assertThat(noDepartments.json().path("errors").get(0).path("field").asText()).isEqualTo("departments");
        ApiClient.Response badDepartment = api.as(manager).post(MEETINGS, """
                {"id":"%s","kind":"CROSS_DEPARTMENT","scheduledAt":"%s","agenda":"协调","departments":["HR"]}"""
                .formatted(rejected, now()));
        assertThat(badDepartment.status()).isEqualTo(400);

        String later = api.created(manager, MEETINGS, """
                {"kind":"TEAM","scheduledAt":"%s","agenda":"周会"}""".formatted(now()));
        probe.awaitEnvelope(later, "MeetingScheduled");
        assertThat(api.storedEventsOf(rejected)).isZero();
        assertThat(probe.seenFor(rejected)).isEmpty();
    }

    private JsonNode minutes(String meeting, String body) {
        ApiClient.Response response = api.as(manager).post(MEETINGS + "/" + meeting + "/minutes", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode awaitOverdue(String meeting, String item) {
        await("ActionItemOverdue for " + item).atMost(Duration.ofSeconds(30))
                .until(() -> probe.seenFor(meeting).stream().anyMatch(event -> isOverdue(event, item)));
        return probe.seenFor(meeting).stream().filter(event -> isOverdue(event, item)).findFirst().orElseThrow();
    }

    private static boolean isOverdue(JsonNode event, String item) {
        return event.path("type").asText().equals("ActionItemOverdue")
                && event.path("data").path("actionItemId").asText().equals(item);
    }

    private String status(String meeting, String item) {
        for (JsonNode actionItem : api.as(manager).get(MEETINGS + "/" + meeting).json().path("actionItems")) {
            if (actionItem.path("id").asText().equals(item)) {
                return actionItem.path("status").asText();
            }
        }
        throw new AssertionError("No action item " + item);
    }

    private long pendingDeadlinesFor(String item) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                Long.class, item);
        return count == null ? 0 : count;
    }

    private static String itemId(JsonNode meeting, String description) {
        List<JsonNode> items = new ArrayList<>();
        meeting.path("actionItems").forEach(items::add);
        return items.stream().filter(item -> item.path("description").asText().equals(description))
                .findFirst().orElseThrow().path("id").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
