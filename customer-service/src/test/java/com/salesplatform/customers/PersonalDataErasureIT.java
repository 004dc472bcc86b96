package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * Crypto-shredding: contact persons' names, phones and e-mails are never in clear in the event store nor on the topic,
 * and once the customer's key is deleted they read as erased everywhere, while the business facts stay.
 */
@ServiceIntegrationTest
class PersonalDataErasureIT {

    private static final String ERASED = "[erased]";

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
    void erasureMakesTheContactsUnreadableEverywhereAndKeepsTheBusinessFacts() {
        CustomerApi.Team team = api.team(1);
        String token = TestTokens.rep(team.rep(1), team.id());
        String admin = TestTokens.admin();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "欧阳娜娜" + unique;
        String phone = "+86 139 " + unique.hashCode();
        String email = "nana." + unique + "@example.cn";
        String customer = api.post("/api/customers/leads", """
                {"name":"杭州西湖茶业%s","type":"B2B","channel":"REFERRAL",
                 "contact":{"name":"%s","phone":"%s","email":"%s","role":"总经理"}}"""
                .formatted(unique, name, phone, email), token).json().path("id").asText();
        assertThat(api.post("/api/customers/" + customer + "/contacts", """
                {"name":"司马%s","email":"sima.%s@example.cn"}""".formatted(unique, unique), token).status())
                .isEqualTo(201);
        assertThat(api.put("/api/customers/" + customer + "/credit-limit", "{\"amount\":120000}",
                TestTokens.manager(team.manager(), team.id())).status()).isEqualTo(204);
        List<String> personal = List.of(name, phone, email, "司马" + unique, "sima." + unique);
        assertThat(rawEvents(customer)).as("sealed in the event store from the start")
                .allSatisfy(payload -> assertThat(payload).doesNotContain(personal));
        assertThat(api.get("/api/customers/" + customer, token).json().path("contacts").get(0).path("name")
                .asText()).isEqualTo(name);
        Instant beforeErasure = Instant.now();

        assertThat(api.delete("/api/customers/" + customer + "/personal-data", token).status())
                .as("only an ADMIN erases").isEqualTo(403);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", admin).status())
                .isEqualTo(204);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE customer_id = ?", Integer.class,
                customer)).as("the key is gone").isZero();
        JsonNode profile = api.get("/api/customers/" + customer, token).json();
        assertThat(profile.path("personalDataErased").asBoolean()).isTrue();
        assertErased(profile.path("contacts").get(0), true);
        assertErased(profile.path("contacts").get(1), false);
        assertThat(profile.path("contacts").get(0).path("role").asText()).isEqualTo("总经理");
        assertThat(profile.path("name").asText()).isEqualTo("杭州西湖茶业" + unique);
        assertThat(profile.path("creditLimit").path("amount").decimalValue()).isEqualByComparingTo("120000.00");
        JsonNode asOf = api.get("/api/customers/" + customer + "?asOf=" + beforeErasure, token).json();
        assertThat(asOf.path("personalDataErased").asBoolean()).as("not yet erased then").isFalse();
        assertErased(asOf.path("contacts").get(0), true);
        JsonNode history = api.get("/api/customers/" + customer + "/history", admin).json();
        assertErased(history.path("items").get(0).path("data").path("contact"), true);
        assertErased(history.path("items").get(1).path("data").path("contact"), false);
        assertThat(history.toString()).doesNotContain(personal);

        JsonNode erased = probe.awaitEnvelope(customer, "PersonalDataErased");
        Contracts.assertConforms("customers", erased);
        assertThat(probe.seenFor(customer)).extracting(e -> e.path("type").asText())
                .contains("LeadRegistered", "ContactAdded", "CreditLimitSet", "PersonalDataErased");
        assertThat(probe.records()).filteredOn(record -> record.key().equals(customer))
                .allSatisfy(record -> assertThat(record.value()).doesNotContain(personal).doesNotContain("gcm1:"));
        assertThat(rawEvents(customer)).allSatisfy(payload -> assertThat(payload).doesNotContain(personal));

        assertThat(api.delete("/api/customers/" + customer + "/personal-data", admin).status())
                .as("erasing again changes nothing").isEqualTo(204);
        assertThat(probe.seenFor(customer)).filteredOn(e -> e.path("type").asText().equals("PersonalDataErased"))
                .hasSize(1);
        assertThat(api.post("/api/customers/" + customer + "/contacts", "{\"name\":\"新联系人\"}", token)
                .status()).as("an erased customer gets new contacts").isEqualTo(201);
        assertThat(api.get("/api/customers/" + customer, token).json().path("contacts").get(2).path("name")
                .asText()).isEqualTo("新联系人");
        assertThat(api.post("/api/customers/leads", """
                {"name":"新客户%s","type":"B2C","channel":"PHONE","contact":{"name":"王","phone":"%s"}}"""
                .formatted(unique, phone), token).status())
                .as("the erased phone's fingerprint is gone too").isEqualTo(201);
    }

    @Test
    void aPersonsNameAndTheConversationTextsAreGoneEverywhereOnceErasedAndOneContactIsErasedAlone() {
        CustomerApi.Team team = api.team(1);
        CustomerApi.Team otherTeam = api.team(1);
        String rep = TestTokens.rep(team.rep(1), team.id());
        String manager = TestTokens.manager(team.manager(), team.id());
        String otherManager = TestTokens.manager(otherTeam.manager(), otherTeam.id());
        String admin = TestTokens.admin();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "欧阳娜娜" + unique;
        String summary = "与" + name + "电话沟通了报价" + unique;
        String outcome = "同意试用" + unique;
        String customer = api.post("/api/customers/leads", """
                {"name":"%s","type":"B2C","channel":"PHONE","contact":{"name":"%s","phone":"+86 137 %s"}}"""
                .formatted(name, name, unique.hashCode()), rep).json().path("id").asText();
        String pseudonym = "客户 " + customer.substring(0, 8);
        String sima = api.post("/api/customers/" + customer + "/contacts", """
                {"name":"司马%s","email":"sima.%s@example.cn","role":"家属"}""".formatted(unique, unique), rep)
                .json().path("id").asText();
        assertThat(api.post("/api/customers/" + customer + "/communications", """
                {"type":"CALL","occurredAt":"%s","summary":"%s","outcome":"%s"}"""
                .formatted(Instant.now().minusSeconds(600), summary, outcome), rep).status())
                .isEqualTo(201);
        List<String> personal = List.of(name, unique + "电话", outcome);

        assertThat(api.get("/api/customers/" + customer, rep).json().path("name").asText()).isEqualTo(name);
        assertThat(ids(api.get("/api/customers?q=" + name, rep).json())).containsExactly(customer);
        assertThat(csv(rep)).contains(name);
        assertThat(api.get("/api/customers/" + customer + "/history", rep).json().toString()).contains(name, summary);
        await("the communication in the log").atMost(Duration.ofSeconds(30)).until(() -> api.get(
                "/api/customers/" + customer + "/communications", rep).json().path("items").size() == 1);
        assertThat(api.get("/api/customers/" + customer + "/communications", rep).json().path("items").get(0)
                .path("summary").asText()).isEqualTo(summary);
        assertThat(rawEvents(customer)).as("sealed in the event store from the start")
                .allSatisfy(payload -> assertThat(payload).doesNotContain(personal));
        JsonNode lead = probe.awaitEnvelope(customer, "LeadRegistered");
        Contracts.assertConforms("customers", lead);
        assertThat(lead.path("version").asInt()).isEqualTo(2);
        assertThat(lead.path("data").path("name").asText()).as("the topic carries the pseudonym").isEqualTo(pseudonym);
        Contracts.assertConforms("customers", probe.awaitEnvelope(customer, "CommunicationLogged"));

        long stored = api.storedEventsOf(customer);
        String contact = "/api/customers/" + customer + "/contacts/" + sima + "/personal-data";
        assertThat(api.delete(contact, rep).status()).as("seen, not theirs to erase")
                .isEqualTo(403);
        assertThat(api.delete(contact, manager).status()).isEqualTo(403);
        assertThat(api.delete(contact, otherManager).status()).as("not seen").isEqualTo(404);
        assertThat(api.delete("/api/customers/" + customer + "/contacts/" + UUID.randomUUID() + "/personal-data",
                admin).status()).isEqualTo(404);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", rep).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", otherManager).status())
                .isEqualTo(404);
        assertThat(api.storedEventsOf(customer)).as("no rejection stores anything").isEqualTo(stored);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE customer_id = ?", Integer.class,
                customer)).as("the customer's key and one per contact").isEqualTo(3);

        assertThat(api.delete(contact, admin).status()).isEqualTo(204);
        JsonNode oneErased = api.get("/api/customers/" + customer, rep).json();
        assertThat(oneErased.path("contacts").get(0).path("name").asText()).isEqualTo(name);
        assertErased(oneErased.path("contacts").get(1), false);
        assertThat(oneErased.path("contacts").get(1).path("role").asText()).isEqualTo("家属");
        assertThat(oneErased.path("personalDataErased").asBoolean()).isFalse();
        assertThat(api.get("/api/customers/" + customer + "/history", rep).json().toString())
                .doesNotContain("司马" + unique, "sima." + unique).contains(name);
        Contracts.assertConforms("customers", probe.awaitEnvelope(customer, "ContactErased"));
        assertThat(api.post("/api/customers/leads", """
                {"name":"另一家%s","type":"B2B","channel":"PHONE","contact":{"name":"钱","email":"sima.%s@example.cn"}}"""
                .formatted(unique, unique), rep).status()).as("the erased contact's fingerprint is gone")
                .isEqualTo(201);

        assertThat(api.delete("/api/customers/" + customer + "/personal-data", admin).status())
                .isEqualTo(204);

        JsonNode profile = api.get("/api/customers/" + customer, rep).json();
        assertThat(profile.path("name").asText()).isEqualTo(pseudonym);
        assertThat(profile.path("contacts").get(0).path("name").asText()).isEqualTo(ERASED);
        assertThat(profile.path("contacts").get(0).path("phone").asText()).isEqualTo(ERASED);
        assertThat(api.get("/api/customers/" + customer + "?asOf=" + Instant.now().minusSeconds(1), rep).json()
                .path("name").asText()).as("as of before the erasure too").isEqualTo(pseudonym);
        assertThat(api.get("/api/customers?q=" + name, rep).json().path("items")).isEmpty();
        assertThat(ids(api.get("/api/customers?q=" + URLEncoder.encode(pseudonym, StandardCharsets.UTF_8), rep).json())).containsExactly(customer);
        assertThat(csv(rep)).doesNotContain(personal).contains(pseudonym);
        String history = api.get("/api/customers/" + customer + "/history", admin).json().toString();
        assertThat(history).doesNotContain(personal).contains(pseudonym);
        await("the conversation texts blanked").atMost(Duration.ofSeconds(30)).until(() -> api.get(
                "/api/customers/" + customer + "/communications", rep).json().path("items").get(0)
                .path("summary").isMissingNode());
        assertThat(api.get("/api/customers/" + customer + "/communications", rep).json().toString())
                .doesNotContain(personal);
        assertThat(rawEvents(customer)).allSatisfy(payload -> assertThat(payload).doesNotContain(personal));
        probe.awaitEnvelope(customer, "PersonalDataErased");
        assertThat(probe.records()).filteredOn(record -> record.key().equals(customer))
                .as("nothing personal published, before or after the erasure")
                .allSatisfy(record -> assertThat(record.value()).doesNotContain(personal).doesNotContain("gcm"));

        String after = "新联系人" + unique;
        assertThat(api.post("/api/customers/" + customer + "/contacts", "{\"name\":\"" + after + "\"}", rep)
                .status()).isEqualTo(201);
        assertThat(api.post("/api/customers/" + customer + "/communications", """
                {"type":"VISIT","occurredAt":"%s","summary":"上门回访%s"}""".formatted(Instant.now().minusSeconds(60),
                unique), rep).status()).isEqualTo(201);
        JsonNode renewed = api.get("/api/customers/" + customer, rep).json();
        assertThat(renewed.path("contacts").get(2).path("name").asText()).isEqualTo(after);
        assertThat(renewed.path("contacts").get(0).path("erased").asBoolean()).isTrue();
        assertThat(renewed.path("name").asText()).isEqualTo(pseudonym);
        await("the new conversation readable").atMost(Duration.ofSeconds(30)).until(() -> api.get(
                "/api/customers/" + customer + "/communications", rep).json().toString()
                .contains("上门回访" + unique));
        assertThat(rawEvents(customer)).allSatisfy(payload -> assertThat(payload).doesNotContain(after, "上门回访"));
    }

    private String csv(String token) {
        return ApiClient.onPort(port).as(token).get("/api/customers?size=200", "text/csv").body();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private List<String> rawEvents(String customer) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                byte[].class, customer).stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    private static void assertErased(JsonNode contact, boolean withPhone) {
        assertThat(contact.path("name").asText()).isEqualTo(ERASED);
        assertThat(contact.path("email").asText()).isEqualTo(ERASED);
        assertThat(contact.path("phone").asText(null)).isEqualTo(withPhone ? ERASED : null);
        assertThat(contact.path("erased").asBoolean()).isTrue();
    }
}
