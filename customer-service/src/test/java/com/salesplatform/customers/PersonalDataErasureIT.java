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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crypto-shredding: contact persons' names, phones and e-mails are never in clear in the event store nor on the topic,
 * and once the customer's key is deleted they read as erased everywhere, while the business facts stay.
 */
@ServiceIntegrationTest
class PersonalDataErasureIT {

    private static final String ERASED = "[erased]";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private CustomerApi api;

    @RegisterExtension
    final TopicProbes topics = new TopicProbes();

    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(http, jdbc);
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
                .formatted(unique, name, phone, email), token).getBody().path("id").asText();
        assertThat(api.post("/api/customers/" + customer + "/contacts", """
                {"name":"司马%s","email":"sima.%s@example.cn"}""".formatted(unique, unique), token).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.put("/api/customers/" + customer + "/credit-limit", "{\"amount\":120000}",
                TestTokens.manager(team.manager(), team.id())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        List<String> personal = List.of(name, phone, email, "司马" + unique, "sima." + unique);
        assertThat(rawEvents(customer)).as("sealed in the event store from the start")
                .allSatisfy(payload -> assertThat(payload).doesNotContain(personal));
        assertThat(api.get("/api/customers/" + customer, token).getBody().path("contacts").get(0).path("name")
                .asText()).isEqualTo(name);
        Instant beforeErasure = Instant.now();

        assertThat(api.delete("/api/customers/" + customer + "/personal-data", token).getStatusCode())
                .as("only an ADMIN erases").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", admin).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE customer_id = ?", Integer.class,
                customer)).as("the key is gone").isZero();
        JsonNode profile = api.get("/api/customers/" + customer, token).getBody();
        assertThat(profile.path("personalDataErased").asBoolean()).isTrue();
        assertErased(profile.path("contacts").get(0), true);
        assertErased(profile.path("contacts").get(1), false);
        assertThat(profile.path("contacts").get(0).path("role").asText()).isEqualTo("总经理");
        assertThat(profile.path("name").asText()).isEqualTo("杭州西湖茶业" + unique);
        assertThat(profile.path("creditLimit").path("amount").decimalValue()).isEqualByComparingTo("120000.00");
        JsonNode asOf = api.get("/api/customers/" + customer + "?asOf=" + beforeErasure, token).getBody();
        assertThat(asOf.path("personalDataErased").asBoolean()).as("not yet erased then").isFalse();
        assertErased(asOf.path("contacts").get(0), true);
        JsonNode history = api.get("/api/customers/" + customer + "/history", admin).getBody();
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

        assertThat(api.delete("/api/customers/" + customer + "/personal-data", admin).getStatusCode())
                .as("erasing again changes nothing").isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(probe.seenFor(customer)).filteredOn(e -> e.path("type").asText().equals("PersonalDataErased"))
                .hasSize(1);
        assertThat(api.post("/api/customers/" + customer + "/contacts", "{\"name\":\"新联系人\"}", token)
                .getStatusCode()).as("an erased customer gets new contacts").isEqualTo(HttpStatus.CREATED);
        assertThat(api.get("/api/customers/" + customer, token).getBody().path("contacts").get(2).path("name")
                .asText()).isEqualTo("新联系人");
        assertThat(api.post("/api/customers/leads", """
                {"name":"新客户%s","type":"B2C","channel":"PHONE","contact":{"name":"王","phone":"%s"}}"""
                .formatted(unique, phone), token).getStatusCode())
                .as("the erased phone's fingerprint is gone too").isEqualTo(HttpStatus.CREATED);
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
                .formatted(name, name, unique.hashCode()), rep).getBody().path("id").asText();
        String pseudonym = "客户 " + customer.substring(0, 8);
        String sima = api.post("/api/customers/" + customer + "/contacts", """
                {"name":"司马%s","email":"sima.%s@example.cn","role":"家属"}""".formatted(unique, unique), rep)
                .getBody().path("id").asText();
        assertThat(api.post("/api/customers/" + customer + "/communications", """
                {"type":"CALL","occurredAt":"%s","summary":"%s","outcome":"%s"}"""
                .formatted(Instant.now().minusSeconds(600), summary, outcome), rep).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        List<String> personal = List.of(name, unique + "电话", outcome);

        assertThat(api.get("/api/customers/" + customer, rep).getBody().path("name").asText()).isEqualTo(name);
        assertThat(ids(api.get("/api/customers?q=" + name, rep).getBody())).containsExactly(customer);
        assertThat(csv(rep)).contains(name);
        assertThat(api.get("/api/customers/" + customer + "/history", rep).getBody().toString()).contains(name, summary);
        await("the communication in the log").atMost(Duration.ofSeconds(30)).until(() -> api.get(
                "/api/customers/" + customer + "/communications", rep).getBody().path("items").size() == 1);
        assertThat(api.get("/api/customers/" + customer + "/communications", rep).getBody().path("items").get(0)
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
        assertThat(api.delete(contact, rep).getStatusCode()).as("seen, not theirs to erase")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.delete(contact, manager).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.delete(contact, otherManager).getStatusCode()).as("not seen").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.delete("/api/customers/" + customer + "/contacts/" + UUID.randomUUID() + "/personal-data",
                admin).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", rep).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", otherManager).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.storedEventsOf(customer)).as("no rejection stores anything").isEqualTo(stored);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE customer_id = ?", Integer.class,
                customer)).as("the customer's key and one per contact").isEqualTo(3);

        assertThat(api.delete(contact, admin).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode oneErased = api.get("/api/customers/" + customer, rep).getBody();
        assertThat(oneErased.path("contacts").get(0).path("name").asText()).isEqualTo(name);
        assertErased(oneErased.path("contacts").get(1), false);
        assertThat(oneErased.path("contacts").get(1).path("role").asText()).isEqualTo("家属");
        assertThat(oneErased.path("personalDataErased").asBoolean()).isFalse();
        assertThat(api.get("/api/customers/" + customer + "/history", rep).getBody().toString())
                .doesNotContain("司马" + unique, "sima." + unique).contains(name);
        Contracts.assertConforms("customers", probe.awaitEnvelope(customer, "ContactErased"));
        assertThat(api.post("/api/customers/leads", """
                {"name":"另一家%s","type":"B2B","channel":"PHONE","contact":{"name":"钱","email":"sima.%s@example.cn"}}"""
                .formatted(unique, unique), rep).getStatusCode()).as("the erased contact's fingerprint is gone")
                .isEqualTo(HttpStatus.CREATED);

        assertThat(api.delete("/api/customers/" + customer + "/personal-data", admin).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode profile = api.get("/api/customers/" + customer, rep).getBody();
        assertThat(profile.path("name").asText()).isEqualTo(pseudonym);
        assertThat(profile.path("contacts").get(0).path("name").asText()).isEqualTo(ERASED);
        assertThat(profile.path("contacts").get(0).path("phone").asText()).isEqualTo(ERASED);
        assertThat(api.get("/api/customers/" + customer + "?asOf=" + Instant.now().minusSeconds(1), rep).getBody()
                .path("name").asText()).as("as of before the erasure too").isEqualTo(pseudonym);
        assertThat(api.get("/api/customers?q=" + name, rep).getBody().path("items")).isEmpty();
        assertThat(ids(api.get("/api/customers?q=" + pseudonym, rep).getBody())).containsExactly(customer);
        assertThat(csv(rep)).doesNotContain(personal).contains(pseudonym);
        String history = api.get("/api/customers/" + customer + "/history", admin).getBody().toString();
        assertThat(history).doesNotContain(personal).contains(pseudonym);
        await("the conversation texts blanked").atMost(Duration.ofSeconds(30)).until(() -> api.get(
                "/api/customers/" + customer + "/communications", rep).getBody().path("items").get(0)
                .path("summary").isMissingNode());
        assertThat(api.get("/api/customers/" + customer + "/communications", rep).getBody().toString())
                .doesNotContain(personal);
        assertThat(rawEvents(customer)).allSatisfy(payload -> assertThat(payload).doesNotContain(personal));
        probe.awaitEnvelope(customer, "PersonalDataErased");
        assertThat(probe.records()).filteredOn(record -> record.key().equals(customer))
                .as("nothing personal published, before or after the erasure")
                .allSatisfy(record -> assertThat(record.value()).doesNotContain(personal).doesNotContain("gcm"));

        String after = "新联系人" + unique;
        assertThat(api.post("/api/customers/" + customer + "/contacts", "{\"name\":\"" + after + "\"}", rep)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post("/api/customers/" + customer + "/communications", """
                {"type":"VISIT","occurredAt":"%s","summary":"上门回访%s"}""".formatted(Instant.now().minusSeconds(60),
                unique), rep).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode renewed = api.get("/api/customers/" + customer, rep).getBody();
        assertThat(renewed.path("contacts").get(2).path("name").asText()).isEqualTo(after);
        assertThat(renewed.path("contacts").get(0).path("erased").asBoolean()).isTrue();
        assertThat(renewed.path("name").asText()).isEqualTo(pseudonym);
        await("the new conversation readable").atMost(Duration.ofSeconds(30)).until(() -> api.get(
                "/api/customers/" + customer + "/communications", rep).getBody().toString()
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
