package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient.Response;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.IdempotentRetries;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer file end to end: commands over HTTP, events in the store and on {@code sales.customers.events} as their
 * contracts say, the profile, the history and the as-of view rebuilt from the store.
 */
@ServiceIntegrationTest
class CustomerLifecycleIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private CustomerApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(port, jdbc);
        probe = topics.on(CustomerApi.TOPIC);
    }

    @Test
    void aRetriedLeadWithTheSameIdempotencyKeyIsRegisteredOnce() {
        CustomerApi.Team team = api.team(1);
        ApiClient rep = ApiClient.onPort(port).as(TestTokens.rep(team.rep(1), team.id()));
        var first = IdempotentRetries.createOnce(rep, "/api/customers/leads",
                "{\"name\":\"杭州云帆科技有限公司\",\"type\":\"B2B\",\"channel\":\"PHONE\"}",
                "{\"name\":\"杭州云帆科技集团\",\"type\":\"B2B\",\"channel\":\"PHONE\"}",
                IdempotentRetries.eventsOf(jdbc, "Customer"));
        assertThat(api.storedEventsOf(first.json().path("id").asText())).isEqualTo(1);
    }

    @Test
    void aCustomerFileFromLeadToLossIsPublishedAsItsContractsSayAndReadBackWhole() {
        CustomerApi.Team team = api.team(2);
        String rep = team.rep(1);
        String repToken = TestTokens.rep(rep, team.id());
        String managerToken = TestTokens.manager(team.manager(), team.id());

        Response created = api.post("/api/customers/leads", """
                {"name":"上海华联贸易有限公司","type":"B2B","industry":"零售","region":"华东","channel":"EXHIBITION",
                 "contact":{"name":"王芳","phone":"+86 138 0000 1111","email":"wang.fang@example.cn","role":"采购经理"}}""",
                repToken);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.location()).contains("/api/customers/" + id);

        noContent(api.post("/api/customers/" + id + "/qualification", "{}", repToken));
        noContent(api.post("/api/customers/" + id + "/conversion", "{}", repToken));
        noContent(api.put("/api/customers/" + id + "/profile", """
                {"name":"上海华联贸易集团","type":"B2B","industry":"批发","region":"华东","tags":["重点客户"]}""",
                repToken));
        var contactAdded = api.post("/api/customers/" + id + "/contacts", """
                {"name":"李强","phone":"021-5555-0000","role":"财务"}""", repToken);
        assertThat(contactAdded.status()).isEqualTo(201);
        String contact = contactAdded.json().path("id").asText();
        Instant visited = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(api.post("/api/customers/" + id + "/communications", """
                {"type":"VISIT","occurredAt":"%s","summary":"拜访采购部","outcome":"对样品感兴趣","nextStep":"寄样品"}"""
                .formatted(visited), repToken).status()).isEqualTo(201);
        String followUp = api.post("/api/customers/" + id + "/follow-ups", """
                {"dueAt":"%s","purpose":"确认样品反馈"}""".formatted(Instant.now().plus(7, ChronoUnit.DAYS)), repToken)
                .json().path("id").asText();
        noContent(api.post("/api/customers/" + id + "/follow-ups/" + followUp + "/completion", """
                {"outcome":"确认下单意向","satisfactionScore":4}""", repToken));
        noContent(api.post("/api/customers/" + id + "/satisfaction", """
                {"score":5,"comment":"服务及时"}""", repToken));
        String complaint = api.post("/api/customers/" + id + "/complaints", """
                {"subject":"到货延迟","description":"晚到三天"}""", repToken).json().path("id").asText();
        String openComplaint = api.post("/api/customers/" + id + "/complaints", """
                {"subject":"发票错误"}""", repToken).json().path("id").asText();
        noContent(api.post("/api/customers/" + id + "/complaints/" + complaint + "/resolution", """
                {"resolution":"补发并致歉"}""", repToken));
        noContent(api.put("/api/customers/" + id + "/credit-limit", "{\"amount\":500000}", managerToken));
        Instant beforeReassignment = Instant.now();
        awaitClockPast(beforeReassignment);
        noContent(api.post("/api/customers/" + id + "/owner", "{\"ownerRepId\":\"%s\"}".formatted(team.rep(2)),
                managerToken));
        noContent(api.put("/api/customers/" + id + "/credit-limit", "{\"amount\":80000.50}", managerToken));

        JsonNode profile = api.get("/api/customers/" + id, managerToken).json();
        assertThat(profile.path("name").asText()).isEqualTo("上海华联贸易集团");
        assertThat(profile.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(profile.path("ownerRepId").asText()).isEqualTo(team.rep(2));
        assertThat(profile.path("channel").asText()).isEqualTo("EXHIBITION");
        assertThat(profile.path("tags").get(0).asText()).isEqualTo("重点客户");
        assertThat(profile.path("creditLimit").path("amount").decimalValue()).isEqualByComparingTo("80000.50");
        assertThat(profile.path("contacts")).hasSize(2);
        assertThat(profile.path("contacts").get(0).path("name").asText()).isEqualTo("王芳");
        assertThat(profile.path("contacts").get(0).path("email").asText()).isEqualTo("wang.fang@example.cn");
        assertThat(profile.path("contacts").get(1).path("phone").asText()).isEqualTo("021-5555-0000");
        assertThat(profile.path("contacts").get(1).path("id").asText()).isEqualTo(contact);
        assertThat(profile.path("contacts").get(1).has("contactId")).isFalse();
        assertThat(Instant.parse(profile.path("lastContactAt").asText())).isAfter(visited);
        assertThat(profile.path("nextFollowUpAt").isMissingNode()).isTrue();
        assertThat(profile.path("satisfaction").path("average").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(profile.path("satisfaction").path("count").asInt()).isEqualTo(2);
        assertThat(profile.path("openComplaints")).hasSize(1);
        assertThat(profile.path("openComplaints").get(0).path("id").asText()).isEqualTo(openComplaint);
        assertThat(profile.path("purchaseHistory").path("orderCount").asInt()).isZero();

        JsonNode before = api.get("/api/customers/" + id + "?asOf=" + beforeReassignment, managerToken).json();
        assertThat(before.path("ownerRepId").asText()).isEqualTo(rep);
        assertThat(before.path("creditLimit").path("amount").decimalValue()).isEqualByComparingTo("500000.00");
        assertThat(before.path("asOf").asText()).isEqualTo(beforeReassignment.toString());
        assertThat(api.get("/api/customers/" + id + "?asOf=2020-01-01T00:00:00Z", managerToken).status())
                .isEqualTo(404);

        noContent(api.post("/api/customers/" + id + "/dormancy", "{\"reason\":\"半年未下单\"}", managerToken));
        noContent(api.post("/api/customers/" + id + "/loss", "{\"reason\":\"选择了竞争对手\"}", managerToken));
        Response afterLoss = api.post("/api/customers/" + id + "/qualification", "{}", managerToken);
        assertThat(afterLoss.status()).isEqualTo(409);
        assertThat(afterLoss.contentType()).startsWith("application/problem+json");

        JsonNode history = api.get("/api/customers/" + id + "/history", managerToken).json();
        List<String> types = new ArrayList<>();
        history.path("items").forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).containsExactly("LeadRegistered", "LeadQualified", "CustomerConverted",
                "CustomerProfileUpdated", "ContactAdded", "CommunicationLogged", "FollowUpScheduled",
                "FollowUpCompleted", "SatisfactionRecorded", "SatisfactionRecorded", "ComplaintOpened",
                "ComplaintOpened", "ComplaintResolved", "CreditLimitSet", "CustomerReassigned", "CreditLimitSet",
                "CustomerMarkedDormant", "CustomerLost");
        assertThat(history.path("items").get(0).path("actorId").asText()).isEqualTo(rep);
        assertThat(history.path("items").get(0).path("data").path("contact").path("name").asText())
                .isEqualTo("王芳");
        assertThat(history.path("items").get(14).path("actorId").asText()).isEqualTo(team.manager());

        for (String type : List.of("LeadRegistered", "LeadQualified", "CustomerConverted", "CustomerProfileUpdated",
                "ContactAdded", "CommunicationLogged", "FollowUpScheduled", "FollowUpCompleted",
                "SatisfactionRecorded", "ComplaintOpened", "ComplaintResolved", "CreditLimitSet",
                "CustomerReassigned", "CustomerMarkedDormant", "CustomerLost")) {
            JsonNode envelope = probe.awaitEnvelope(id, type);
            Contracts.assertConforms("customers", envelope);
            assertThat(envelope.path("source").asText()).isEqualTo("customer-service");
            assertThat(envelope.path("aggregateType").asText()).isEqualTo("Customer");
        }
        JsonNode reassigned = probe.awaitEnvelope(id, "CustomerReassigned").path("data");
        assertThat(reassigned.path("previousOwnerRepId").asText()).isEqualTo(rep);
        assertThat(reassigned.path("ownerRepId").asText()).isEqualTo(team.rep(2));
        List<JsonNode> limits = probe.awaitEnvelopes(id, "CreditLimitSet", 2);
        assertThat(limits.get(0).path("data").path("amount").decimalValue()).isEqualByComparingTo("500000.00");
        assertThat(limits.get(1).path("data").path("amount").decimalValue()).isEqualByComparingTo("80000.50");
        List<String> freeTexts = List.of("拜访采购部", "对样品感兴趣", "寄样品", "确认样品反馈", "确认下单意向", "服务及时",
                "晚到三天", "补发并致歉");
        assertThat(probe.records()).filteredOn(record -> record.key().equals(id)).isNotEmpty()
                .allSatisfy(record -> assertThat(record.value())
                        .doesNotContain("王芳", "138 0000 1111", "wang.fang", "李强", "5555-0000")
                        .as("free texts stay inside").doesNotContain(freeTexts));
        assertThat(jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                byte[].class, id)).as("sealed in the event store")
                .allSatisfy(payload -> assertThat(new String(payload, StandardCharsets.UTF_8))
                        .doesNotContain(freeTexts));
        assertThat(history.toString()).as("the history opens them").contains(freeTexts);
    }

    @Test
    void badInputIsABadRequestNamingTheFieldAndLeavesNoTrace() {
        CustomerApi.Team team = api.team(1);
        String token = TestTokens.rep(team.rep(1), team.id());
        String badType = UUID.randomUUID().toString();
        String unknownOwner = UUID.randomUUID().toString();
        String blankName = UUID.randomUUID().toString();
        String badEmail = UUID.randomUUID().toString();

        assertRejected(api.post("/api/customers/leads", """
                {"id":"%s","name":"华联","type":"B2X","channel":"PHONE"}""".formatted(badType),
                TestTokens.admin()), "type");
        assertRejected(api.post("/api/customers/leads", """
                {"id":"%s","name":"华联","type":"B2B","channel":"PHONE","ownerRepId":"%s"}"""
                .formatted(unknownOwner, UUID.randomUUID()), TestTokens.admin()), "ownerRepId");
        assertRejected(api.post("/api/customers/leads", """
                {"id":"%s","name":"  ","type":"B2B","channel":"PHONE"}""".formatted(blankName), token), "name");
        assertRejected(api.post("/api/customers/leads", """
                {"id":"%s","name":"华联","type":"B2B","channel":"PHONE","contact":{"name":"王","email":"nope"}}"""
                .formatted(badEmail), token), "contact.email");
        assertRejected(api.post("/api/customers/leads", """
                {"name":"华联","type":"B2B","channel":"PHONE","vip":true}""", token), "vip");

        String later = api.lead(token, "有效客户" + UUID.randomUUID().toString().substring(0, 6));
        assertRejected(api.post("/api/customers/" + later + "/satisfaction", "{\"score\":6}", token), "score");
        assertRejected(api.put("/api/customers/" + later + "/credit-limit", "{\"amount\":-5}",
                TestTokens.manager(team.manager(), team.id())), "amount");
        assertRejected(api.post("/api/customers/" + later + "/follow-ups", """
                {"dueAt":"2020-01-01T00:00:00Z","purpose":"x"}""", token), "dueAt");
        probe.awaitEnvelope(later, "LeadRegistered");

        for (String rejected : List.of(badType, unknownOwner, blankName, badEmail)) {
            assertThat(api.storedEventsOf(rejected)).as("events stored for %s", rejected).isZero();
            assertThat(probe.seenFor(rejected)).as("events published for %s", rejected).isEmpty();
        }
        assertThat(api.storedEventsOf(later)).isEqualTo(1);
        assertThat(probe.seenFor(later)).hasSize(1);
    }

    @Test
    void aLeadLikeAnExistingCustomerIsAConflictNamingItToWhoMaySeeItUnlessForced() {
        CustomerApi.Team team = api.team(1);
        String token = TestTokens.rep(team.rep(1), team.id());
        String name = "北京燕莎" + UUID.randomUUID().toString().substring(0, 6);
        String phone = "+86 10 " + (10_000_000 + (int) (Math.random() * 80_000_000));
        String email = "buyer." + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        String existing = api.post("/api/customers/leads", """
                {"name":"%s","type":"B2B","channel":"REFERRAL","contact":{"name":"赵敏","phone":"%s","email":"%s"}}"""
                .formatted(name, phone, email), token).json().path("id").asText();

        String sameNameId = UUID.randomUUID().toString();
        Response sameName = api.post("/api/customers/leads", """
                {"id":"%s","name":"  %s ","type":"B2B","channel":"PHONE"}""".formatted(sameNameId, name), token);
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.contentType()).startsWith("application/problem+json");
        assertThat(sameName.json().path("type").asText()).endsWith("/duplicate-customer");
        assertThat(sameName.json().path("existingCustomerId").asText()).isEqualTo(existing);

        Response samePhone = api.post("/api/customers/leads", """
                {"name":"别名公司%s","type":"B2B","channel":"PHONE","contact":{"name":"钱","phone":"%s"}}"""
                .formatted(UUID.randomUUID(), phone.replace(" ", "-")), token);
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.json().path("existingCustomerId").asText()).isEqualTo(existing);

        Response sameEmail = api.post("/api/customers/leads", """
                {"name":"另一家%s","type":"B2C","channel":"EMAIL","contact":{"name":"孙","email":"%s"}}"""
                .formatted(UUID.randomUUID(), email.toUpperCase()), token);
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.json().path("existingCustomerId").asText()).isEqualTo(existing);
        assertThat(api.storedEventsOf(sameNameId)).isZero();

        CustomerApi.Team otherTeam = api.team(1);
        for (String outsider : List.of(TestTokens.rep(otherTeam.rep(1), otherTeam.id()),
                TestTokens.manager(otherTeam.manager(), otherTeam.id()))) {
            for (String lead : List.of("""
                    {"id":"%s","name":"%s","type":"B2B","channel":"PHONE"}""".formatted(sameNameId, name), """
                    {"id":"%s","name":"探询%s","type":"B2B","channel":"PHONE","contact":{"name":"钱","phone":"%s"}}"""
                    .formatted(sameNameId, UUID.randomUUID(), phone), """
                    {"id":"%s","name":"探询%s","type":"B2C","channel":"EMAIL","contact":{"name":"孙","email":"%s"}}"""
                    .formatted(sameNameId, UUID.randomUUID(), email))) {
                Response probed = api.post("/api/customers/leads", lead, outsider);
                assertThat(probed.status()).isEqualTo(409);
                assertThat(probed.json().path("type").asText()).endsWith("/duplicate-customer");
                assertThat(probed.json().has("existingCustomerId"))
                        .as("another team's customer is not named: %s", probed.json()).isFalse();
                assertThat(probed.json().toString()).doesNotContain(existing);
            }
        }
        for (String insider : List.of(TestTokens.manager(team.manager(), team.id()), TestTokens.admin())) {
            assertThat(api.post("/api/customers/leads", """
                    {"id":"%s","name":"%s","type":"B2B","channel":"PHONE","ownerRepId":"%s"}"""
                    .formatted(sameNameId, name, team.rep(1)), insider).json().path("existingCustomerId").asText())
                    .isEqualTo(existing);
        }
        assertThat(api.storedEventsOf(sameNameId)).isZero();

        Response forced = api.post("/api/customers/leads?force=true", """
                {"id":"%s","name":"%s","type":"B2B","channel":"PHONE"}""".formatted(sameNameId, name), token);
        assertThat(forced.status()).isEqualTo(201);
        assertThat(forced.json().path("id").asText()).isEqualTo(sameNameId);
    }

    @Test
    void anAdminRegistersALeadForTheRepTheyNameAndMustNameOne() {
        CustomerApi.Team team = api.team(1);
        Response named = api.post("/api/customers/leads", """
                {"name":"管理员代录%s","type":"B2B","channel":"EXHIBITION","ownerRepId":"%s"}"""
                .formatted(UUID.randomUUID(), team.rep(1)), TestTokens.admin());
        assertThat(named.status()).as(String.valueOf(named.json())).isEqualTo(201);
        String customer = named.json().path("id").asText();
        assertThat(api.get("/api/customers/" + customer, TestTokens.rep(team.rep(1), team.id())).json()
                .path("ownerRepId").asText()).isEqualTo(team.rep(1));

        String unowned = UUID.randomUUID().toString();
        Response noOwner = api.post("/api/customers/leads", """
                {"id":"%s","name":"无人负责%s","type":"B2B","channel":"PHONE"}""".formatted(unowned, unowned),
                TestTokens.admin());
        assertRejected(noOwner, "ownerRepId");
        assertThat(noOwner.json().path("errors").get(0).path("message").asText()).contains("ADMIN");
        assertThat(api.storedEventsOf(unowned)).isZero();
    }

    @Test
    void eachCallerSeesAndChangesOnlyTheCustomersTheyMay() {
        CustomerApi.Team east = api.team(2);
        CustomerApi.Team south = api.team(1);
        String zhang = TestTokens.rep(east.rep(1), east.id());
        String li = TestTokens.rep(east.rep(2), east.id());
        String eastManager = TestTokens.manager(east.manager(), east.id());
        String southManager = TestTokens.manager(south.manager(), south.id());
        String customer = api.lead(zhang, "张伟的客户" + UUID.randomUUID().toString().substring(0, 6));

        assertThat(api.get("/api/customers/" + customer, zhang).status()).isEqualTo(200);
        assertThat(api.get("/api/customers/" + customer, eastManager).status()).isEqualTo(200);
        assertThat(api.get("/api/customers/" + customer, TestTokens.token("crm-sync", null, "INTEGRATION"))
                .status()).isEqualTo(200);
        for (String outsider : List.of(li, southManager)) {
            assertThat(api.get("/api/customers/" + customer, outsider).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/customers/" + customer + "/history", outsider).status())
                    .isEqualTo(404);
            assertThat(api.post("/api/customers/" + customer + "/qualification", "{}", outsider).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/customers?q=张伟的客户", outsider).json().path("items").toString())
                    .doesNotContain(customer);
        }
        assertThat(api.post("/api/customers/" + customer + "/satisfaction", "{\"score\":3}",
                TestTokens.token("crm-sync", null, "INTEGRATION")).status()).isEqualTo(403);
        assertThat(api.put("/api/customers/" + customer + "/credit-limit", "{\"amount\":100}", zhang)
                .status()).isEqualTo(403);
        assertThat(api.post("/api/customers/" + customer + "/owner", "{\"ownerRepId\":\"%s\"}"
                .formatted(east.rep(2)), zhang).status()).isEqualTo(403);
        assertThat(api.post("/api/customers/" + customer + "/owner", "{\"ownerRepId\":\"%s\"}"
                .formatted(south.rep(1)), eastManager).status()).isEqualTo(403);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", eastManager).status())
                .isEqualTo(403);
        assertThat(api.post("/api/customers/leads", """
                {"name":"代注册","type":"B2B","channel":"PHONE","ownerRepId":"%s"}""".formatted(east.rep(2)), zhang)
                .status()).isEqualTo(403);
        assertThat(api.post("/api/customers/" + customer + "/qualification", "{}", zhang).status())
                .isEqualTo(204);

        assertThat(api.post("/api/customers/" + customer + "/owner", "{\"ownerRepId\":\"%s\"}"
                .formatted(east.rep(2)), eastManager).status()).isEqualTo(204);
        assertThat(api.get("/api/customers/" + customer, zhang).status()).isEqualTo(404);
        assertThat(api.get("/api/customers/" + customer, li).status()).isEqualTo(200);
        assertThat(api.get("/api/customers?ownerRepId=" + east.rep(2), li).json().path("items").get(0)
                .path("id").asText()).isEqualTo(customer);
    }

    @Test
    void searchFindsCustomersByAChineseNameFragment() {
        CustomerApi.Team team = api.team(1);
        String token = TestTokens.rep(team.rep(1), team.id());
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String beijing = api.lead(token, "北京华联商厦" + tag);
        String shanghai = api.lead(token, "上海华联超市" + tag);
        String guangzhou = api.lead(token, "广州白云贸易" + tag);
        noContent(api.post("/api/customers/" + shanghai + "/qualification", "{}", token));

        assertThat(ids(api.get("/api/customers?q=华联", token).json())).containsExactly(shanghai, beijing);
        assertThat(ids(api.get("/api/customers?q=白云", token).json())).containsExactly(guangzhou);
        assertThat(ids(api.get("/api/customers?q=华联&status=QUALIFIED", token).json())).containsExactly(shanghai);
        assertThat(ids(api.get("/api/customers?q=" + tag.toUpperCase() + "&size=2", token).json())).hasSize(2);
        JsonNode page = api.get("/api/customers?q=" + tag + "&size=2&page=1", token).json();
        assertThat(page.path("totalItems").asLong()).isEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(api.get("/api/customers?q=%25", token).json())).as("% is no wildcard").isEmpty();
        assertRejected(api.get("/api/customers?status=ASLEEP", token), "status");
    }

    private static void awaitClockPast(Instant instant) {
        org.awaitility.Awaitility.await().until(() -> Instant.now().isAfter(instant));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static void noContent(Response response) {
        assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(204);
    }

    private static void assertRejected(Response response, String field) {
        assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
