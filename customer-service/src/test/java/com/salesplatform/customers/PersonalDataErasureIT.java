package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.platformtest.Contracts;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import com.salesplatform.platformtest.TopicProbe;
import com.salesplatform.platformtest.TopicProbes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
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

        assertThat(api.post("/api/customers/" + customer + "/contacts", "{\"name\":\"新联系人\"}", token)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.delete("/api/customers/" + customer + "/personal-data", admin).getStatusCode())
                .as("erasing again changes nothing").isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(probe.seenFor(customer)).filteredOn(e -> e.path("type").asText().equals("PersonalDataErased"))
                .hasSize(1);
        assertThat(api.post("/api/customers/leads", """
                {"name":"新客户%s","type":"B2C","channel":"PHONE","contact":{"name":"王","phone":"%s"}}"""
                .formatted(unique, phone), token).getStatusCode())
                .as("the erased phone's fingerprint is gone too").isEqualTo(HttpStatus.CREATED);
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
